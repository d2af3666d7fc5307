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

    @Test
    void aFailingCommandEndsWithAnErrorStatus() throws Exception {
        karaf.untilSucceeds("cloudspend:status");
        Result failed = karaf.client("cloudspend:tag-key --source nonsense x");
        assertEquals(1, failed.status(), failed.output());
        assertTrue(failed.output().contains("Unknown source 'nonsense'"), failed.output());
    }

    @Test
    void noPasswordShipsAndSshAnswersLocallyOnly() throws Exception {
        karaf.untilSucceeds("cloudspend:status");
        Properties users = karaf.load("etc/users.properties");
        users.stringPropertyNames().forEach(name ->
                assertTrue(name.startsWith("_g_:"), "no user with a password ships, found " + name));
        assertEquals("127.0.0.1", karaf.load("etc/org.apache.karaf.shell.cfg").getProperty("sshHost"));
        Path key = karaf.home.resolve("etc/cloudspend-client.key");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(key));
        assertFalse(Files.exists(karaf.home.resolve("etc/cloudspend-client.key.pub")));
        assertEquals("cloudspend/cloudspend.duckdb",
                karaf.load("etc/org.cloudspend.store.cfg").getProperty("database.file"));
    }
}
