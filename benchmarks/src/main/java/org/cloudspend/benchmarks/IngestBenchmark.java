package org.cloudspend.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.ingest.IngestStatus;
import org.cloudspend.credentials.internal.AwsCredentialProvider;
import org.cloudspend.cur.internal.AwsExportLayouts;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.ingest.internal.CamelIngest;
import org.cloudspend.store.internal.StandaloneStore;
import org.cloudspend.stubs.AwsStub;
import org.cloudspend.stubs.S3Server;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * End to end: a new delivery of one generated month in S3Proxy, until its costs answer a query (the account's route
 * lists the export, reads the manifest, downloads and reads the data file, aggregates and replaces the month in the
 * embedded store), beside DuckDB reading and aggregating the same file to the same daily grain, and DuckDB storing
 * those facts itself ({@link DuckDbStoredFacts}: the floor of any load), in the same run. The
 * account is checked once before the delivery arrives, as a running server's route would have (the first check's
 * start-up of the S3 and STS clients is not part of a delivery's time). Then AWS restates the month (the same files
 * under a new delivery id), and the restatement, which replaces the month in a process that has loaded before, is timed
 * the same way.
 * {@code IngestBenchmark <legacy-csv|cur2-csv|legacy-parquet|cur2-parquet> <line items> <data folder> [data files]
 * [real|scattered]}: the month in one data file unless a number of files is given (AWS splits a large month into
 * several), real-shaped unless told otherwise (see {@link ExportSpec.Shape}); into PostgreSQL with
 * {@code -Dpostgres.url=jdbc:postgresql://...} (a new schema each run).
 */
public final class IngestBenchmark {

    private static final String ROLE = "arn:aws:iam::111111111111:role/cloudspend-billing-reader";
    private static final String EXTERNAL_ID = "BenchmarkExternalId0123456789abc";

    /** A PostgreSQL database to load into instead of the embedded DuckDB store: {@code -Dpostgres.url=jdbc:...}. */
    private static final String POSTGRES = System.getProperty("postgres.url", "");

    private IngestBenchmark() {
    }

    /** The embedded store in the work folder, or a new schema of the PostgreSQL database {@link #POSTGRES} names. */
    private static StandaloneStore store(Path work) throws Exception {
        if (POSTGRES.isEmpty()) {
            return StandaloneStore.duckDb(work.resolve("store.duckdb"));
        }
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(POSTGRES);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return StandaloneStore.postgres(POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "", "");
    }

    public static void main(String[] args) throws Exception {
        String format = args[0];
        long lineItems = Long.parseLong(args[1]);
        Path data = Path.of(args[2]).toAbsolutePath();
        ExportSpec.Family family = format.startsWith("legacy") ? ExportSpec.Family.LEGACY : ExportSpec.Family.CUR2;
        boolean parquet = format.endsWith("parquet");
        int fileCount = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        ExportSpec.Shape shape = args.length > 4 ? ExportSpec.Shape.valueOf(args[4].toUpperCase(Locale.ROOT))
                : ExportSpec.Shape.REAL;
        ExportSpec spec = ExportSpec.of(family, parquet, YearMonth.of(2025, 1), lineItems, 2025)
                .withRowsPerFile((lineItems + fileCount - 1) / fileCount).withName("bench").withShape(shape);
        Path root = data.resolve(format + "-" + shape.name().toLowerCase(Locale.ROOT) + "-" + lineItems
                + (fileCount > 1 ? "-" + fileCount + "-files" : ""));
        ReaderBenchmark.Data generated = ReaderBenchmark.generated(spec, root);
        // the data files lie side by side: DuckDB reads them all
        Path dataFiles = fileCount > 1 ? generated.file().resolveSibling("*" + (parquet ? ".parquet" : ".csv.gz"))
                : generated.file();
        ExportType type = family == ExportSpec.Family.LEGACY ? ExportType.LEGACY : ExportType.CUR2;

        Path work = Files.createTempDirectory("cloudspend-ingest-bench");
        try (AwsStub aws = AwsStub.start(); S3Server s3 = S3Server.start("BENCHS3READER0000001", "bench-s3-secret")) {
            aws.user("999999999999", "cloudspend", "BENCHOWNIDENTITY0001", "bench-own-secret");
            aws.role(ROLE, "999999999999", EXTERNAL_ID).s3Access("BENCHS3READER0000001", "bench-s3-secret");
            s3.bucket("bench-bucket");
            StandaloneStore store = store(work);
            AwsCredentialProvider credentials = new AwsCredentialProvider(store.accounts(), store.secrets(), store.errors(),
                work.resolve("key"),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("BENCHOWNIDENTITY0001",
                            "bench-own-secret")), "", aws.endpoint(), "us-east-1", Duration.ofHours(1));
            CamelIngest ingest = new CamelIngest(store.accounts(), credentials, new CurExportReader(new AwsTagNormalizer()),
                    new AwsExportLayouts(), store.costs(), store.errors(), new CamelIngest.Settings(Duration.ofHours(1), Map.of(),
                            Duration.ofHours(1), Duration.ofHours(1), 1, Duration.ofDays(100_000), 3,
                            Duration.ofSeconds(1), Optional.of(URI.create(s3.endpoint())), true, work.resolve("work"),
                            work.resolve("routes"), Duration.ofHours(1), Map.of()));
            store.accounts().save(new AwsAccount("bench", "Bench", new AwsAccountId(ExportSpec.DEFAULT_PAYER),
                    AccessType.ROLE, Optional.of(ROLE), Optional.of(new ExternalId(EXTERNAL_ID)), AccountType.PAYER,
                    new ExportDefinition(type, "bench", parquet ? ExportFormat.PARQUET : ExportFormat.CSV_GZIP,
                            new S3Location("bench-bucket", "exports", "us-east-1"), ExportVersioning.OVERWRITE)));

            // the account is integrated and checked before its export's delivery arrives, as in a running server
            checkAndWait(ingest, "bench");

            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String key = root.relativize(file).toString().replace('\\', '/');
                    if (key.startsWith("exports/")) {
                        s3.put("bench-bucket", key, Files.readAllBytes(file));
                    }
                }
            }
            long bytes;
            try (Stream<Path> siblings = Files.list(generated.file().getParent())) {
                String extension = parquet ? ".parquet" : ".csv.gz";
                bytes = siblings.filter(file -> file.toString().endsWith(extension)).mapToLong(file -> {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).sum();
            }
            System.out.printf(Locale.ROOT, "%s, %s: %,d line items, %d data file(s) of %.1f MB in S3Proxy, JVM max"
                    + " heap %d MB, %s store%n", format, shape.name().toLowerCase(Locale.ROOT), lineItems, fileCount,
                    bytes / 1e6, Runtime.getRuntime().maxMemory() >> 20, POSTGRES.isEmpty() ? "DuckDB" : "PostgreSQL");

            long start = System.nanoTime();
            IngestStatus status = checkAndWait(ingest, "bench");
            BigDecimal total = store.queries().query(new CostQuery(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1),
                    Granularity.TOTAL, List.of(), List.of(), CostMeasure.UNBLENDED, 0)).total();
            long ours = System.nanoTime() - start;
            check(generated.unblended(), total, "cloudspend (" + status.lastOutcome().orElse("") + ")");

            long duckStart = System.nanoTime();
            BigDecimal duckTotal = ReaderBenchmark.duckDb(type, parquet, dataFiles);
            long duck = System.nanoTime() - duckStart;
            check(generated.unblended(), duckTotal, "DuckDB");
            DuckDbStoredFacts.Result stored = DuckDbStoredFacts.store(type, parquet, dataFiles,
                    work.resolve("duckdb-facts.duckdb"));
            check(generated.unblended(), stored.unblended(), "DuckDB, storing the facts");

            System.out.printf(Locale.ROOT, "  cloudspend, S3Proxy to queryable  %7.2f s  %,10.0f line items/s (list,"
                    + " manifest, download, read, aggregate, replace the month)%n", ours / 1e9, lineItems / (ours / 1e9));
            System.out.printf(Locale.ROOT, "    of which the load (download, read, aggregate, replace) %7.2f s, %,d daily"
                    + " facts stored%n", status.lastLoad().orElseThrow().duration().toMillis() / 1e3,
                    status.lastLoad().orElseThrow().rowsOut());
            System.out.printf(Locale.ROOT, "  DuckDB, local file to daily grain %7.2f s%n", duck / 1e9);
            System.out.printf(Locale.ROOT, "  ratio cloudspend / DuckDB = %.2f (both totals checked against the"
                    + " generator's)%n", (double) ours / duck);
            System.out.printf(Locale.ROOT, "  DuckDB, local file to %,d stored daily facts %7.2f s (%.2f x its"
                    + " aggregating alone: the floor of storing them, whatever reads the file)%n", stored.facts(),
                    stored.nanos() / 1e9, (double) stored.nanos() / duck);
            System.out.printf(Locale.ROOT, "  ratio cloudspend / DuckDB storing = %.2f%n", (double) ours / stored.nanos());

            // AWS restates the month: the same files under a new delivery id, loaded by a server that has loaded before
            restate(s3, root);
            long restatedStart = System.nanoTime();
            IngestStatus restatedStatus = checkAndWait(ingest, "bench");
            BigDecimal restatedTotal = store.queries().query(new CostQuery(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1),
                    Granularity.TOTAL, List.of(), List.of(), CostMeasure.UNBLENDED, 0)).total();
            long restated = System.nanoTime() - restatedStart;
            check(generated.unblended(), restatedTotal,
                    "cloudspend, restated (" + restatedStatus.lastOutcome().orElse("") + ")");
            System.out.printf(Locale.ROOT, "  cloudspend, the month restated     %7.2f s  %,10.0f line items/s (the same,"
                    + " replacing the month, in a process that has loaded before)%n", restated / 1e9,
                    lineItems / (restated / 1e9));
            System.out.printf(Locale.ROOT, "  ratio restated / DuckDB = %.2f (the month replaced, not added to)%n",
                    (double) restated / duck);
            ingest.close();
            credentials.close();
            store.close();
        }
    }

    /**
     * Delivers the generated month again under a new delivery id (assembly or execution id), as AWS does when it
     * restates a month: the manifests name the new id, and files in a folder named by the old id are put again under
     * the new one.
     */
    private static void restate(S3Server s3, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("exports"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Pattern idPattern = Pattern.compile("\"(?:assemblyId|executionId)\"\\s*:\\s*\"([^\"]+)\"");
        String oldId = files.stream().filter(file -> file.getFileName().toString().endsWith("Manifest.json"))
                .map(file -> {
                    try {
                        return idPattern.matcher(Files.readString(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(Matcher::find).map(matcher -> matcher.group(1)).findFirst().orElseThrow();
        String newId = UUID.randomUUID().toString();
        for (Path file : files) {
            String key = root.relativize(file).toString().replace('\\', '/');
            if (file.getFileName().toString().endsWith("Manifest.json")) {
                s3.put("bench-bucket", key.replace(oldId, newId),
                        Files.readString(file).replace(oldId, newId).getBytes(StandardCharsets.UTF_8));
            } else if (key.contains(oldId)) {
                s3.put("bench-bucket", key.replace(oldId, newId), Files.readAllBytes(file));
            }
        }
    }

    /** Starts a check of the account and waits for it to end: its last check changes. */
    private static IngestStatus checkAndWait(CamelIngest ingest, String account) throws InterruptedException {
        Optional<Instant> before = ingest.status().get(0).lastCheck();
        ingest.checkNow(account);
        IngestStatus status;
        do {
            Thread.sleep(250); // status() asks the store: polling it fast would slow the load it watches
            status = ingest.status().get(0);
        } while (status.lastCheck().equals(before));
        return status;
    }

    private static void check(BigDecimal expected, BigDecimal actual, String who) {
        if (expected.compareTo(actual) != 0) {
            throw new IllegalStateException(who + " total " + actual + " differs from the generated " + expected);
        }
    }
}
