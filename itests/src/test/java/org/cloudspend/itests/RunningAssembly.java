package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.cloudspend.stubs.AwsStub;
import org.cloudspend.stubs.S3Server;

/**
 * The built Karaf assembly as a user runs it: unpacked afresh, configured, started with {@code bin/start}, driven
 * with {@code bin/cloudspend-client} from a script (no terminal, no standard input), stopped with {@code bin/stop}
 * when the test JVM ends. One instance serves every process-level test; AWS is the stubs and S3Proxy, in this JVM.
 */
final class RunningAssembly {

    static final String OWN_ACCOUNT = "000000000042";
    static final String OWN_KEY_ID = "ITESTOWNIDENTITY0001";
    static final String OWN_SECRET = "itest-own-secret-value";
    static final String S3_KEY_ID = "ITESTS3READER0000001";
    static final String S3_SECRET = "itest-s3-reader-secret-value";

    private static final Path UNPACKED = Path.of("target/assembly-under-test").toAbsolutePath();
    private static final Duration BOOT = Duration.ofSeconds(120);
    private static RunningAssembly instance;

    final Path home;
    final AwsStub aws;
    final S3Server s3;
    /** The HTTP port of the API and the page: one of its own, as SSH's. */
    int httpPort;

    private RunningAssembly(Path home, AwsStub aws, S3Server s3) {
        this.home = home;
        this.aws = aws;
        this.s3 = s3;
    }

    /** Starts the assembly on first use; it stops when the JVM ends. */
    static synchronized RunningAssembly get() throws Exception {
        if (instance == null) {
            AwsStub aws = AwsStub.start();
            aws.user(OWN_ACCOUNT, "cloudspend", OWN_KEY_ID, OWN_SECRET);
            S3Server s3 = S3Server.start(S3_KEY_ID, S3_SECRET);
            instance = new RunningAssembly(unpack(), aws, s3);
            instance.configure();
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    instance.stop();
                    s3.close();
                    aws.close();
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }));
        }
        return instance;
    }

    private static Path unpack() throws Exception {
        // unpacked afresh: a key or data left by an earlier run would hide what a first start does
        deleteRecursively(UNPACKED);
        Files.createDirectories(UNPACKED);
        Result unpacked = run(List.of("tar", "-xzf", System.getProperty("assembly.archive"), "-C", UNPACKED.toString()),
                UNPACKED);
        assertEquals(0, unpacked.status(), unpacked.output());
        try (var entries = Files.list(UNPACKED)) {
            return entries.findFirst().orElseThrow();
        }
    }

    /** A port of its own (a cloudspend running on this machine must not answer instead), and AWS = the stubs. */
    private void configure() throws IOException {
        edit("etc/org.apache.karaf.shell.cfg", Map.of("sshPort", String.valueOf(freePort())));
        httpPort = freePort();
        edit("etc/org.ops4j.pax.web.cfg", Map.of("org.osgi.service.http.port", String.valueOf(httpPort)));
        edit("etc/org.cloudspend.credentials.cfg", Map.of("access.key.id", OWN_KEY_ID,
                "secret.access.key", OWN_SECRET, "sts.endpoint", aws.endpoint()));
        edit("etc/org.cloudspend.accounts.cfg", Map.of("data.exports.endpoint", aws.endpoint(),
                "cur.endpoint", aws.endpoint(), "organizations.endpoint", aws.endpoint(),
                "s3.endpoint", s3.endpoint(), "s3.path.style", "true"));
        edit("etc/org.cloudspend.ingest.cfg", Map.of("s3.endpoint", s3.endpoint(), "s3.path.style", "true",
                "first.check.delay.seconds", "1", "account.sync.seconds", "1"));
    }

    private void edit(String file, Map<String, String> values) throws IOException {
        Path path = home.resolve(file);
        String cfg = Files.readString(path);
        for (var entry : values.entrySet()) {
            cfg = cfg.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(entry.getKey()) + "\\s*=.*$",
                    java.util.regex.Matcher.quoteReplacement(entry.getKey() + " = " + entry.getValue()));
        }
        Files.writeString(path, cfg);
    }

    void start() throws Exception {
        Result started = run(List.of("bin/start"), home);
        assertEquals(0, started.status(), started.output());
    }

    /** Stops Karaf and waits until its JVM is gone: a start before that would find it still running and do nothing. */
    void stop() throws Exception {
        run(List.of("bin/stop"), home);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && karafRunning()) {
            Thread.sleep(500);
        }
    }

    /** Kills Karaf's JVM outright, as a crash or a power cut would, and waits until it is gone. */
    void kill() throws Exception {
        String marker = home + "/";
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(line -> line.contains(marker)
                && line.contains("java")).orElse(false)).forEach(ProcessHandle::destroyForcibly);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && karafRunning()) {
            Thread.sleep(200);
        }
    }

    /** The process id of Karaf's JVM (not of a client's, which names the same home). */
    long pid() {
        String marker = home + "/";
        // the newest: a Karaf stopped a moment ago may still be on its way out
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(line -> line.contains(marker)
                && line.contains("org.apache.karaf.main.Main")).orElse(false))
                .max(java.util.Comparator.comparing(p -> p.info().startInstant().orElse(Instant.MIN)))
                .orElseThrow().pid();
    }

    private boolean karafRunning() {
        return running(home);
    }

    /** Whether a process of the Karaf in that folder still runs. */
    static boolean running(Path home) {
        String marker = home + "/";
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine()
                .map(line -> line.contains(marker)).orElse(false));
    }

    /** The API as the administrator made on first start, with its password from etc/cloudspend-admin.password. */
    ApiClient admin() throws IOException {
        return new ApiClient(httpPort, "admin",
                Files.readString(home.resolve("etc/cloudspend-admin.password")).trim());
    }

    /** Waits until the demo's two months are loaded (a few seconds after the first start). */
    void awaitDemoLoaded() throws Exception {
        untilSucceeds("cloudspend:status");
        ApiClient admin = admin();
        Instant deadline = Instant.now().plusSeconds(120);
        String loads = "";
        while (Instant.now().isBefore(deadline)) {
            var answer = admin.get("/cloudspend/api/v1/loads");
            loads = answer.body();
            if (answer.statusCode() == 200 && ApiClient.json(answer).get("page").get("total").asInt() >= 2) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The demo was not loaded within 120 s: " + loads);
    }

    /** Adds a user to Karaf's realm as cloudspend:user-add writes it in the assembly (the password hashed). */
    void addUser(String name, String password, String... roles) throws Exception {
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(password.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(home.resolve("etc/users.properties"), "\n" + name + " = {CRYPT}" + hash + "{CRYPT},"
                + String.join(",", roles) + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    /** Karaf answers SSH before its boot features are all installed: a script waits the way the README shows. */
    Result untilSucceeds(String command) throws Exception {
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

    Result client(String command) throws Exception {
        return run(List.of("bin/cloudspend-client", "-r", "10", "-d", "1", command), home);
    }

    String log() throws IOException {
        return Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
    }

    Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(home.resolve(file))) {
            properties.load(in);
        }
        return properties;
    }

    /** Runs a program to its end (two minutes at most), with no input. */
    static Result run(List<String> command, Path directory) throws Exception {
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

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    record Result(int status, String output) {
    }
}
