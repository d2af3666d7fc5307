package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.cloudspend.itests.RunningAssembly.deleteRecursively;
import static org.cloudspend.itests.RunningAssembly.freePort;
import static org.cloudspend.itests.RunningAssembly.run;
import static org.cloudspend.itests.RunningAssembly.running;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cloudspend.itests.RunningAssembly.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's "Deploying into an existing Karaf-based server", step by step, on a vanilla Karaf 4.4.10 that cannot
 * reach Maven: no remote repository, an empty local one. The .kar alone must bring cloudspend up, be replaced in place
 * and redeployed without mapping DuckDB's native library twice, and leave nothing running when removed; its Camel must
 * not capture a bundle that asked for another.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KarDeployIT {

    private static final Path UNPACKED = Path.of("target/vanilla-karaf").toAbsolutePath();
    private static final String USER = "operator";
    private static final String PASSWORD = "kar-deploy-it-" + Long.toHexString(System.nanoTime());
    private static final Duration WITHIN = Duration.ofSeconds(90);

    private static Path home;
    private static int sshPort;
    private static Path kar;

    @BeforeAll
    static void startAVanillaServerWithoutMavenAccess() throws Exception {
        deleteRecursively(UNPACKED);
        Files.createDirectories(UNPACKED);
        String version = System.getProperty("karaf.version");
        Path archive = Path.of(System.getProperty("maven.repo.local"), "org/apache/karaf/apache-karaf", version,
                "apache-karaf-" + version + ".tar.gz");
        Result unpacked = run(List.of("tar", "-xzf", archive.toString(), "-C", UNPACKED.toString()), UNPACKED);
        assertEquals(0, unpacked.status(), unpacked.output());
        home = UNPACKED.resolve("apache-karaf-" + version);

        // no Maven: no remote repository, and a local one that is empty (vanilla Karaf reads ~/.m2 otherwise)
        Path emptyRepository = Files.createDirectories(UNPACKED.resolve("empty-m2"));
        String mvn = Files.readString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"));
        mvn = mvn.replaceFirst("(?m)^org\\.ops4j\\.pax\\.url\\.mvn\\.repositories\\s*=(.*\\\\\\R)*.*$",
                "org.ops4j.pax.url.mvn.repositories =");
        mvn = mvn.replace("#org.ops4j.pax.url.mvn.localRepository=",
                "org.ops4j.pax.url.mvn.localRepository=" + emptyRepository);
        Files.writeString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), mvn);
        assertTrue(mvn.matches("(?s).*\\norg\\.ops4j\\.pax\\.url\\.mvn\\.repositories =\\s*\\n.*"), mvn);

        // ports of its own: the assembly of the other tests runs beside it
        sshPort = freePort();
        replace("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + sshPort);
        replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = 1099", "rmiRegistryPort = " + freePort());
        replace("etc/org.apache.karaf.management.cfg", "rmiServerPort = 44444", "rmiServerPort = " + freePort());
        // the README's step 2: the operator's users get a cloudspend role
        Files.writeString(home.resolve("etc/users.properties"), Files.readString(home.resolve("etc/users.properties"))
                + "\n" + USER + " = " + PASSWORD + ", _g_:admingroup\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh,cloudspend-admin\n");

        kar = Path.of(System.getProperty("cloudspend.kar"));
        Result started = run(List.of("bin/start"), home);
        assertEquals(0, started.status(), started.output());
        untilSucceeds("bundle:list");
    }

    @AfterAll
    static void stop() throws Exception {
        if (home != null) {
            run(List.of("bin/stop"), home);
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline) && running(home)) {
                Thread.sleep(500);
            }
        }
    }

    /** Step 1 and 3: the .kar into deploy/, and every service up within a minute or so, without Maven. */
    @Test
    @Order(1)
    void theKarAloneBringsEveryServiceUp() throws Exception {
        Files.copy(kar, home.resolve("deploy/cloudspend-" + System.getProperty("cloudspend.version") + ".kar"));
        Result status = until("cloudspend:status", output -> output.contains("20 of 20 cloudspend services running"));
        assertTrue(status.output().contains("cost queries"), status.output());
        try (var fetched = Files.list(UNPACKED.resolve("empty-m2"))) {
            assertEquals(List.of(), fetched.toList(), "nothing came from Maven");
        }
    }

    /** Camel's API, exported by cloudspend-ingest, wires only to bundles that ask for cloudspend's Camel. */
    @Test
    @Order(2)
    void cloudspendsCamelDoesNotCaptureABundleWrittenForAnother() throws Exception {
        Path plain = bundle("org.example.servers.camel.user", "org.apache.camel;version=\"[4,5)\"");
        Path asking = bundle("org.example.cloudspend.routes", "org.apache.camel;version=\"[4,5)\";cloudspend=camel");
        client("bundle:install file:" + plain);
        client("bundle:install file:" + asking);
        client("bundle:resolve org.example.servers.camel.user");
        client("bundle:resolve org.example.cloudspend.routes");
        String bundles = client("bundle:list -s -t 0").output();
        assertTrue(bundles.matches("(?s).*Installed\\s*\\|[^\\n]*org\\.example\\.servers\\.camel\\.user.*"), bundles);
        assertTrue(bundles.matches("(?s).*Resolved\\s*\\|[^\\n]*org\\.example\\.cloudspend\\.routes.*"), bundles);
        client("bundle:uninstall org.example.servers.camel.user org.example.cloudspend.routes");
    }

    /** Updating: a new .kar over the old one; cloudspend comes back with its data. */
    @Test
    @Order(3)
    void replacingTheKarUpdatesInPlace() throws Exception {
        assertEquals(0, client("cloudspend:customer-add --name Acme acme").status());
        Path deployed = home.resolve("deploy/cloudspend-" + System.getProperty("cloudspend.version") + ".kar");
        Path next = home.resolve("cloudspend-next.kar");
        Files.copy(kar, next, StandardCopyOption.REPLACE_EXISTING);
        next.toFile().setLastModified(System.currentTimeMillis() + 5_000);
        Files.move(next, deployed, StandardCopyOption.REPLACE_EXISTING);
        until("cloudspend:customer-list", output -> output.contains("acme"));
        until("cloudspend:status", output -> output.contains("20 of 20 cloudspend services running"));
    }

    /** Redeploying: the DuckDB driver's native library (70 MB) is mapped once, however often the .kar comes back. */
    @Test
    @Order(4)
    void redeployingMapsTheNativeLibraryOnce() throws Exception {
        Path deployed = home.resolve("deploy/cloudspend-" + System.getProperty("cloudspend.version") + ".kar");
        for (int cycle = 0; cycle < 3; cycle++) {
            Files.delete(deployed);
            until("bundle:list -s -t 0", output -> !output.contains("org.cloudspend"));
            Files.copy(kar, deployed);
            until("cloudspend:status", output -> output.contains("20 of 20 cloudspend services running"));
        }
        assertEquals(1, mappedDuckDbLibraries().size(), mappedDuckDbLibraries().toString());
        try (var extracted = Files.list(home.resolve("data/tmp"))) {
            assertEquals(1, extracted.filter(file -> file.getFileName().toString().startsWith("libduckdb")).count());
        }
    }

    /** Removing: uninstalling the feature, or deleting the .kar, leaves no bundle, thread or context; data stays. */
    @Test
    @Order(5)
    void removingLeavesNothingRunningAndKeepsTheData() throws Exception {
        assertEquals(0, client("feature:uninstall cloudspend").status());
        assertNothingOfCloudspendRuns();

        assertEquals(0, client("feature:install cloudspend").status());
        until("cloudspend:status", output -> output.contains("20 of 20 cloudspend services running"));
        Files.delete(home.resolve("deploy/cloudspend-" + System.getProperty("cloudspend.version") + ".kar"));
        until("bundle:list -s -t 0", output -> !output.contains("org.cloudspend"));
        assertNothingOfCloudspendRuns();
        assertTrue(Files.exists(home.resolve("data/cloudspend/cloudspend.duckdb")), "the data folder is kept");

        // the README: the driver stays, idle, until removed by hand
        assertEquals(0, client("bundle:uninstall org.duckdb.duckdb_jdbc").status());
        assertFalse(client("bundle:list -s -t 0").output().contains("org.duckdb"));
    }

    private static void assertNothingOfCloudspendRuns() throws Exception {
        String bundles = until("bundle:list -s -t 0", output -> !output.contains("org.cloudspend")).output();
        assertTrue(bundles.matches("(?s).*Active\\s*\\|[^\\n]*org\\.duckdb\\.duckdb_jdbc.*"),
                "the DuckDB driver stays, for the next deploy: " + bundles);
        String features = client("feature:list -i").output();
        assertFalse(features.contains("cloudspend"), features);
        String threads = until("shell:threads --list", output -> !Pattern.compile("(?i)camel|cloudspend|duckdb")
                .matcher(output).find()).output();
        assertTrue(threads.contains("main"), threads);
    }

    /** The distinct DuckDB native libraries the server's JVM has mapped. */
    private static Set<String> mappedDuckDbLibraries() throws IOException {
        ProcessHandle karaf = ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                .map(line -> line.contains(home + "/") && line.contains("org.apache.karaf.main.Main")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no Karaf process runs in " + home));
        try (var lines = Files.lines(Path.of("/proc", String.valueOf(karaf.pid()), "maps"))) {
            return lines.map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(file -> file.contains("libduckdb")).collect(Collectors.toSet());
        }
    }

    /** A bundle of nothing but a manifest importing one package the way its author wrote it. */
    private static Path bundle(String symbolicName, String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", symbolicName);
        headers.putValue("Bundle-Version", "1.0.0");
        headers.putValue("Import-Package", importPackage);
        Path jar = UNPACKED.resolve(symbolicName + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is the whole bundle
        }
        return jar;
    }

    private static Result until(String command, java.util.function.Predicate<String> done) throws Exception {
        Instant deadline = Instant.now().plus(WITHIN);
        Result result;
        do {
            result = client(command);
            if (result.status() == 0 && done.test(result.output())) {
                return result;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("'" + command + "' did not show what was expected within " + WITHIN + ": "
                + result.output());
    }

    private static Result untilSucceeds(String command) throws Exception {
        return until(command, output -> true);
    }

    /** Karaf's client, as an operator runs it from a script; its input stays open until it ends. */
    private static Result client(String command) throws Exception {
        File output = File.createTempFile("kar-deploy-it", ".out");
        try {
            Process process = new ProcessBuilder(List.of("bin/client", "-a", String.valueOf(sshPort), "-u", USER,
                    "-p", PASSWORD, "-r", "10", "-d", "1", command))
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(output).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within two minutes");
            }
            process.getOutputStream().close();
            String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
            return new Result(process.exitValue(), printed.replaceAll("\u001B\\[[;\\d]*m", ""));
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }

    private static void replace(String file, String from, String to) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(path, text.replace(from, to));
    }
}
