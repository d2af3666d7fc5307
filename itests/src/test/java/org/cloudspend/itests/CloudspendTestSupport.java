package org.cloudspend.itests;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;

/**
 * A vanilla Apache Karaf, exactly as an operator has it, to which the tests add cloudspend's features repository the
 * way the README tells operators to: {@code feature:repo-add} then {@code feature:install}.
 */
public abstract class CloudspendTestSupport {

    static final String PAX_URL_CFG = "etc/org.ops4j.pax.url.mvn.cfg";
    static final String VERSION = System.getProperty("cloudspend.version");

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    @Inject
    protected SessionFactory sessionFactory;

    /**
     * cloudspend-ingest exports Camel's API only to bundles that ask for it (a mandatory attribute): the probe's route
     * builder does, the way an integrator's bundle imports it.
     */
    @ProbeBuilder
    public TestProbeBuilder askForCloudspendsCamel(TestProbeBuilder probe) {
        probe.setHeader("DynamicImport-Package", "org.apache.camel.*;cloudspend=camel,*");
        return probe;
    }

    @Configuration
    public Option[] config() throws Exception {
        String karafVersion = System.getProperty("karaf.version");
        File localRepository = new File(System.getProperty("maven.repo.local"));
        File reactorRepository = new File(System.getProperty("reactor.repository"));
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(maven().groupId("org.apache.karaf").artifactId("apache-karaf")
                                .version(karafVersion).type("tar.gz"))
                        .name("Apache Karaf")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                // a broken boot fails in two minutes, not the default three
                systemTimeout(120_000),
                // This build's artifacts first, then what Maven already downloaded, then Maven Central. The container
                // keeps its own local repository so that an older `mvn install` never shadows this build.
                editConfigurationFilePut(PAX_URL_CFG, "org.ops4j.pax.url.mvn.localRepository",
                        new File("target/exam-repository").getAbsolutePath()),
                editConfigurationFileExtend(PAX_URL_CFG, "org.ops4j.pax.url.mvn.defaultRepositories",
                        reactorRepository.toURI() + "@id=reactor@snapshots," + localRepository.toURI() + "@id=local"),
                editConfigurationFilePut(PAX_URL_CFG, "org.ops4j.pax.url.mvn.repositories",
                        "https://repo1.maven.org/maven2@id=central"),
                systemProperty("cloudspend.version").value(VERSION),
                systemProperty("cloudspend.itest.sts").value(StsStub.start()),
                systemProperty("cloudspend.itest.exports").value(SyntheticExports.prepare()),
                // the PostgreSQL server the store's tests may use (see PostgresStoreIT), empty when none
                systemProperty("cloudspend.itest.postgres").value(
                        System.getenv().getOrDefault("CLOUDSPEND_TEST_POSTGRES", "")),
                // -Dcloudspend.itest.keep=true keeps target/exam/<uuid> (logs, configuration) for a look after the run
                when(Boolean.getBoolean("cloudspend.itest.keep")).useOptions(keepRuntimeFolder()));
    }

    /** Adds cloudspend's repository (once) and installs the feature, as {@code feature:install} does. */
    protected void install(String feature) throws Exception {
        URI repository = URI.create("mvn:org.cloudspend/cloudspend-features/" + VERSION + "/xml/features");
        if (featuresService.getRepository(repository) == null) {
            featuresService.addRepository(repository);
        }
        featuresService.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
        assertTrue(feature + " is installed", featuresService.isInstalled(featuresService.getFeature(feature)));
    }

    /** Runs a shell command as an administrator and returns what it printed; a failing command throws. */
    protected String execute(String command) throws Exception {
        return executeAs(List.of("admin", "manager", "viewer", "cloudspend-admin"), command);
    }

    /** Runs a shell command as a user with these roles and returns what it printed; a failing command throws. */
    protected String executeAs(List<String> roles, String command) throws Exception {
        return executeTyping(roles, System.in, command);
    }

    /** Runs a shell command as a user with these roles who types {@code typed} when the command asks for it. */
    protected String executeTyping(List<String> roles, java.io.InputStream typed, String command) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(typed, out, out);
        Subject user = new Subject();
        user.getPrincipals().add(new UserPrincipal("itest"));
        roles.forEach(role -> user.getPrincipals().add(new RolePrincipal(role)));
        try {
            Subject.doAs(user, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        } finally {
            out.flush();
            session.close();
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
