package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Properties;
import java.util.Set;
import org.cloudspend.itests.RunningAssembly.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built Karaf assembly, started and driven from a script as the README shows. */
class AssemblyIT {

    private static RunningAssembly karaf;

    @BeforeAll
    static void start() throws Exception {
        karaf = RunningAssembly.get();
    }

    @Test
    void theClientRunsCloudspendCommandsFromAScript() throws Exception {
        Result status = karaf.untilSucceeds("cloudspend:status");
        assertTrue(status.output().matches(
                "(?s).*tag-key normalisation\\s+\\|\\s+TagNormalizer\\s+\\|\\s+running\\s+\\|\\s+cloudspend-tags.*"),
                status.output());

        Result tagKey = karaf.client("cloudspend:tag-key Environment-type");
        assertEquals(0, tagKey.status(), tagKey.output());
        assertTrue(tagKey.output().matches("(?s).*Environment-type\\s+\\|\\s+environment_type\\s+\\|.*"), tagKey.output());
    }

    /**
     * A monitoring server's JMX collector reads cloudspend's cost metrics: here attached to the assembly's JVM as a local
     * tool (jconsole, a Jolokia agent) would.
     */
    @Test
    void theCostMetricsAreReadableOverJmx() throws Exception {
        karaf.untilSucceeds("cloudspend:status");
        javax.management.ObjectName whole = new javax.management.ObjectName("org.cloudspend:type=Cloudspend");
        javax.management.ObjectName demo = new javax.management.ObjectName("org.cloudspend:type=Account,name=demo");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        String seen = "";
        while (java.time.Instant.now().isBefore(deadline)) {
            long pid = karaf.pid();
            com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(String.valueOf(pid));
            try (javax.management.remote.JMXConnector connector = javax.management.remote.JMXConnectorFactory
                    .connect(new javax.management.remote.JMXServiceURL(vm.startLocalManagementAgent()))) {
                javax.management.MBeanServerConnection jmx = connector.getMBeanServerConnection();
                if (jmx.isRegistered(demo)) {
                    assertTrue((Integer) jmx.getAttribute(whole, "Accounts") >= 1);
                    assertEquals(0, jmx.getAttribute(whole, "OpenAlerts"));
                    assertTrue(jmx.getAttribute(demo, "MonthToDateCost") instanceof java.math.BigDecimal);
                    assertTrue(jmx.getAttribute(demo, "HoursSinceLastLoad") instanceof Double);
                    return;
                }
                seen = "process " + pid + ": " + jmx.queryNames(new javax.management.ObjectName("org.cloudspend:*"),
                        null);
            } finally {
                vm.detach();
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("no MBean of the demo account within 90 s; " + seen);
    }

    /** The README's promise: cloudspend:cost shows the demo account's figures within a minute of the first start. */
    @Test
    void theDemoAccountIsLoadedAndAnswersCostQuestions() throws Exception {
        karaf.untilSucceeds("cloudspend:status");
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        String loads = "";
        while (java.time.Instant.now().isBefore(deadline)
                && !(loads.matches("(?s).*\\|\\s+demo\\s+\\|\\s+" + month + "\\s+\\|.*loaded.*"))) {
            Thread.sleep(1000);
            loads = karaf.client("cloudspend:loads").output();
        }
        assertTrue(loads.matches("(?s).*\\|\\s+demo\\s+\\|\\s+" + month + "\\s+\\|.*loaded.*"), loads);

        String expected = Files.readString(karaf.home.resolve("demo/cloudspend-demo-bucket/expected-totals/"
                + "cloudspend-demo/" + month + ".json"));
        java.util.regex.Matcher unblended = java.util.regex.Pattern.compile("\"UNBLENDED\": \"([-0-9.]+)\"")
                .matcher(expected);
        assertTrue(unblended.find(), expected);
        Result cost = karaf.client("cloudspend:cost -g total --format json");
        assertEquals(0, cost.status(), cost.output());
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\": ?([-0-9.]+)").matcher(cost.output());
        assertTrue(total.find(), cost.output());
        assertEquals(new java.math.BigDecimal(unblended.group(1)).stripTrailingZeros(),
                new java.math.BigDecimal(total.group(1)).stripTrailingZeros());
        Result accounts = karaf.client("cloudspend:account-list");
        assertTrue(accounts.output().contains("Demo (generated data)"), accounts.output());
    }

    @Test
    void aFailingCommandEndsWithAnErrorStatus() throws Exception {
        karaf.untilSucceeds("cloudspend:status");
        int logged = karaf.log().length();
        Result failed = karaf.client("cloudspend:tag-key --source nonsense x");
        assertEquals(1, failed.status(), failed.output());
        assertTrue(failed.output().contains("Unknown source 'nonsense'"), failed.output());
        Result period = karaf.client("cloudspend:cost --period November");
        assertEquals(1, period.status(), period.output());
        assertEquals("--period is yyyy-mm (a month), yyyy-Qn (a quarter) or yyyy (a year); got 'November'",
                period.output().replaceAll("\u001B\\[[;\\d]*m", "").strip(), "one line, Karaf's colours aside");
        String log = karaf.log().substring(logged);
        assertFalse(log.contains("Exception"), "a user's mistake leaves no stack trace in karaf.log: " + log);
    }

    @Test
    void noPasswordShipsAndSshAnswersLocallyOnly() throws Exception {
        karaf.untilSucceeds("cloudspend:status");
        // no password ships: the one user made on first start, admin, has a random password of its own, kept hashed
        Properties users = karaf.load("etc/users.properties");
        String password = Files.readString(karaf.home.resolve("etc/cloudspend-admin.password")).trim();
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("{CRYPT}" + hash + "{CRYPT},cloudspend-admin", users.getProperty("admin"));
        users.stringPropertyNames().forEach(name -> assertTrue(name.startsWith("_g_:")
                || users.getProperty(name).startsWith("{CRYPT}"), "no password in clear, found " + name));
        assertEquals("127.0.0.1", karaf.load("etc/org.apache.karaf.shell.cfg").getProperty("sshHost"));
        assertEquals("false", karaf.load("etc/org.apache.karaf.shell.cfg").getProperty("sftpEnabled"),
                "no SFTP: a key would read the credentials key and the database, whatever the command ACLs say");
        assertTrue(karaf.load("etc/keys.properties").getProperty("cloudspend").endsWith(",cloudspend-admin"),
                "the assembly's own key user administers cloudspend");
        Path key = karaf.home.resolve("etc/cloudspend-client.key");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(key));
        assertFalse(Files.exists(karaf.home.resolve("etc/cloudspend-client.key.pub")));
        assertEquals("cloudspend/cloudspend.duckdb",
                karaf.load("etc/org.cloudspend.store.cfg").getProperty("database.file"));
    }
}
