package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built Karaf assembly as a user runs it: started with {@code bin/start}, driven with {@code bin/cloudspend-client}
 * from a script (no terminal, no standard input), stopped with {@code bin/stop}.
 */
class AssemblyIT {

    private static final Path UNPACKED = Path.of("target/assembly-under-test").toAbsolutePath();
    private static Path home;
    private static final Duration BOOT = Duration.ofSeconds(120);

    @BeforeAll
    static void start() throws Exception {
        // unpacked afresh: a key or data left by an earlier run would hide what a first start does
        deleteRecursively(UNPACKED);
        Files.createDirectories(UNPACKED);
        Result unpacked = run(List.of("tar", "-xzf", System.getProperty("assembly.archive"), "-C", UNPACKED.toString()),
                UNPACKED);
        assertEquals(0, unpacked.status(), unpacked.output());
        try (var entries = Files.list(UNPACKED)) {
            home = entries.findFirst().orElseThrow();
        }
        // a port of its own, so that a cloudspend running on this machine does not answer instead
        Path shellCfg = home.resolve("etc/org.apache.karaf.shell.cfg");
        String cfg = Files.readString(shellCfg).replaceFirst("(?m)^sshPort\\s*=.*$", "sshPort = " + freePort());
        Files.writeString(shellCfg, cfg);
        Result started = run(List.of("bin/start"));
        assertEquals(0, started.status(), started.output());
    }

    @AfterAll
    static void stop() throws Exception {
        run(List.of("bin/stop"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && run(List.of("bin/status")).status() == 0) {
            Thread.sleep(500);
        }
    }

    @Test
    void theClientRunsCloudspendCommandsFromAScript() throws Exception {
        Result status = untilSucceeds("cloudspend:status");
        assertTrue(status.output().matches(
                "(?s).*tag-key normalisation\\s+\\|\\s+TagNormalizer\\s+\\|\\s+running\\s+\\|\\s+cloudspend-tags.*"),
                status.output());

        Result tagKey = client("cloudspend:tag-key Environment-type");
        assertEquals(0, tagKey.status(), tagKey.output());
        assertTrue(tagKey.output().matches("(?s).*Environment-type\\s+\\|\\s+environment_type\\s+\\|.*"), tagKey.output());
    }

    @Test
    void aFailingCommandEndsWithAnErrorStatus() throws Exception {
        untilSucceeds("cloudspend:status");
        Result failed = client("cloudspend:tag-key --source nonsense x");
        assertEquals(1, failed.status(), failed.output());
        assertTrue(failed.output().contains("Unknown source 'nonsense'"), failed.output());
    }

    @Test
    void noPasswordShipsAndSshAnswersLocallyOnly() throws Exception {
        untilSucceeds("cloudspend:status");
        Properties users = load(home.resolve("etc/users.properties"));
        users.stringPropertyNames().forEach(name ->
                assertTrue(name.startsWith("_g_:"), "no user with a password ships, found " + name));
        assertEquals("127.0.0.1", load(home.resolve("etc/org.apache.karaf.shell.cfg")).getProperty("sshHost"));
        Path key = home.resolve("etc/cloudspend-client.key");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(key));
        assertFalse(Files.exists(home.resolve("etc/cloudspend-client.key.pub")));
        assertEquals("cloudspend/cloudspend.duckdb",
                load(home.resolve("etc/org.cloudspend.store.cfg")).getProperty("database.file"));
    }

    /** Karaf answers SSH before its boot features are all installed: a script waits the way the README shows. */
    private static Result untilSucceeds(String command) throws Exception {
        Instant deadline = Instant.now().plus(BOOT);
        Result result;
        do {
            result = client(command);
            if (result.status() == 0) {
                return result;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("'" + command + "' did not succeed within " + BOOT + ": " + result.output());
    }

    private static Result client(String command) throws Exception {
        return run(List.of("bin/cloudspend-client", "-r", "10", "-d", "1", command));
    }

    private static Result run(List<String> command) throws Exception {
        return run(command, home);
    }

    private static Result run(List<String> command, Path directory) throws Exception {
        File output = File.createTempFile("assembly-it", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within two minutes");
            }
            return new Result(process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record Result(int status, String output) {
    }
}
