package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.itests.RunningAssembly.Result;
import org.cloudspend.stubs.BillingAccount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An account added with the shell in the running assembly, whose CUR 2.0 export AWS (S3Proxy) delivers: the routes
 * load it by themselves, a restatement replaces the month, and cloudspend:cost answers the generator's totals to the
 * cent.
 */
class IngestIT {

    private static final String SHOP = "310987654321";
    private static final String ROLE = "arn:aws:iam::" + SHOP + ":role/cloudspend-billing-reader";
    private static final String BUCKET = "shop-billing";
    private static final YearMonth PERIOD = YearMonth.of(2024, 2);

    private static RunningAssembly karaf;

    @BeforeAll
    static void start() throws Exception {
        karaf = RunningAssembly.get();
        karaf.untilSucceeds("cloudspend:status");
        karaf.aws.account(SHOP).export(new BillingAccount.Export("costs", "COST_AND_USAGE_REPORT", BUCKET, "exports",
                "us-east-1", "PARQUET", "PARQUET", "OVERWRITE_REPORT", "HEALTHY"));
        karaf.s3.bucket(BUCKET);
    }

    @Test
    void theRoutesLoadWhatAwsDeliversAndARestatementReplacesTheMonth() throws Exception {
        String externalId = pendingExternalId();
        karaf.aws.role(ROLE, RunningAssembly.OWN_ACCOUNT, externalId)
                .s3Access(RunningAssembly.S3_KEY_ID, RunningAssembly.S3_SECRET);

        GeneratedExport first = deliver(ExportSpec.of(ExportSpec.Family.CUR2, true, PERIOD, 3_000, 21)
                .ofLinkedAccount(SHOP));
        ok("cloudspend:account-add --name Shop --role-arn " + ROLE + " --external-id " + externalId
                + " --export-name costs --bucket " + BUCKET + " --account-type linked shop");
        awaitLoaded(first.deliveryId());
        assertEquals(unblended(first), costTotal());

        // an integrator's route file: forward every load summary (here to the log), reloaded without a restart
        Path routes = Files.createDirectories(karaf.home.resolve("etc/cloudspend/routes"));
        Path aside = karaf.home.resolve("summaries.yaml.tmp");
        Files.writeString(aside, """
                - route:
                    id: forward-load-summaries
                    from:
                      uri: "seda:cloudspend-loads?multipleConsumers=true"
                      steps:
                        - setBody:
                            simple: "summary ${header.CloudspendAccountId} ${header.CloudspendPeriod} ${header.CloudspendUnblended}"
                        - to: "log:cloudspend-summaries"
                """);
        Files.move(aside, routes.resolve("summaries.yaml"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        awaitLog("Route file summaries.yaml loaded");

        GeneratedExport restated = deliver(ExportSpec.of(ExportSpec.Family.CUR2, true, PERIOD, 2_000, 22)
                .ofLinkedAccount(SHOP));
        Result now = ok("cloudspend:ingest-now shop");
        assertTrue(now.output().contains("checking its export now"), now.output());
        awaitLoaded(restated.deliveryId());
        assertEquals(unblended(restated), costTotal(), "the restated month replaces the first delivery");
        awaitLog("summary shop " + PERIOD + " " + restated.expected().overall().total("UNBLENDED").toPlainString());

        // a delivery with a truncated data file: an error in the one view, and the month keeps its data
        GeneratedExport corrupt = deliver(ExportSpec.of(ExportSpec.Family.CUR2, true, PERIOD, 2_000, 23)
                .ofLinkedAccount(SHOP));
        String broken = corrupt.dataFileKeys().get(0);
        byte[] bytes = Files.readAllBytes(corrupt.root().resolve(broken));
        karaf.s3.put(BUCKET, broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ok("cloudspend:ingest-now shop");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String errors = "";
        while (!errors.contains("UNREADABLE_FILE")) {
            assertTrue(Instant.now().isBefore(deadline), "no UNREADABLE_FILE error within 60 s: " + errors);
            Thread.sleep(1000);
            errors = ok("cloudspend:errors").output();
        }
        assertTrue(errors.matches("(?s).*shop\\s+\\|\\s+Shop\\s+\\|\\s+UNREADABLE_FILE.*"), errors);
        assertEquals(unblended(restated), costTotal(), "the month keeps the data of the last good delivery");

        ok("cloudspend:account-delete shop");
    }

    /**
     * A payer whose CUR 2.0 export is gzip CSV and two of its linked accounts with legacy reports of their own (gzip
     * CSV, Parquet), added with the shell: every delivery loads to the generator's totals to the cent, and the usage
     * in both the payer's export and a linked account's own is counted once, through the payer.
     */
    @Test
    void aPayerAndItsLinkedAccountsLoadEveryFormatToTheCentAndCountUsageOnce() throws Exception {
        YearMonth period = YearMonth.of(2024, 8);
        String bucket = "org-billing";
        String payer = "520000000001";
        // two of the generator's linked accounts, whose usage the payer's export holds too
        String csvLinked = "100000111111";
        String parquetLinked = "100000222222";
        karaf.s3.bucket(bucket);
        karaf.aws.account(payer).export(new BillingAccount.Export("org-costs", "COST_AND_USAGE_REPORT", bucket,
                "org", "us-east-1", "TEXT_OR_CSV", "GZIP", "OVERWRITE_REPORT", "HEALTHY"))
                .organization(payer, List.of(new BillingAccount.Member(payer, "Org", "ACTIVE"),
                        new BillingAccount.Member(csvLinked, "Shop CSV", "ACTIVE"),
                        new BillingAccount.Member(parquetLinked, "Shop Parquet", "ACTIVE")));
        karaf.aws.account(csvLinked).report(new BillingAccount.Report("daily-csv", "textORcsv", "GZIP", bucket,
                "linked-csv", "us-east-1", "CREATE_NEW_REPORT"));
        karaf.aws.account(parquetLinked).report(new BillingAccount.Report("daily-parquet", "Parquet", "Parquet",
                bucket, "linked-parquet", "us-east-1", "OVERWRITE_REPORT"));
        // one pending integration, and so one External ID, per account
        Map<String, String> externalIds = new HashMap<>();
        for (String account : List.of(payer, csvLinked, parquetLinked)) {
            externalIds.put(account, pendingExternalId());
            karaf.aws.role(roleOf(account), RunningAssembly.OWN_ACCOUNT, externalIds.get(account))
                    .s3Access(RunningAssembly.S3_KEY_ID, RunningAssembly.S3_SECRET);
        }
        GeneratedExport payerMonth = deliver(bucket, ExportSpec.of(ExportSpec.Family.CUR2, false, period, 3_000, 41)
                .withPayer(payer).withName("org-costs").withPrefix("org"));
        GeneratedExport csvMonth = deliver(bucket, ExportSpec.of(ExportSpec.Family.LEGACY, false, period, 1_500, 42)
                .withName("daily-csv").withPrefix("linked-csv").withPayer(payer).ofLinkedAccount(csvLinked));
        GeneratedExport parquetMonth = deliver(bucket, ExportSpec.of(ExportSpec.Family.LEGACY, true, period, 1_500,
                43).withName("daily-parquet").withPrefix("linked-parquet").withPayer(payer)
                .ofLinkedAccount(parquetLinked));

        ok("cloudspend:account-add --name Org --role-arn " + roleOf(payer) + " --external-id "
                + externalIds.get(payer) + " --export-name org-costs --bucket " + bucket + " --account-type payer org");
        ok("cloudspend:account-add --name ShopCsv --role-arn " + roleOf(csvLinked) + " --external-id "
                + externalIds.get(csvLinked) + " --export-type legacy --export-name daily-csv --bucket " + bucket
                + " --account-type linked shop-csv");
        ok("cloudspend:account-add --name ShopParquet --role-arn " + roleOf(parquetLinked) + " --external-id "
                + externalIds.get(parquetLinked) + " --export-type legacy --export-name daily-parquet --bucket "
                + bucket + " --account-type linked shop-parquet");
        for (GeneratedExport month : List.of(payerMonth, csvMonth, parquetMonth)) {
            awaitLoaded(month.deliveryId());
        }

        // each export read to the last decimal, whatever its format: the load history's totals, as CSV keeps them
        String loads = ok("cloudspend:loads --format csv").output();
        for (GeneratedExport month : List.of(payerMonth, csvMonth, parquetMonth)) {
            BigDecimal amount = month.expected().overall().total("UNBLENDED");
            assertTrue(loads.lines().map(line -> line.split(",")).anyMatch(fields -> fields.length == 9
                    && fields[8].equals("loaded") && fields[3].equals(month.deliveryId())
                    && new BigDecimal(fields[6]).compareTo(amount) == 0), "no load of " + month.deliveryId()
                    + " with " + amount + ": " + loads);
        }
        // the linked accounts' usage is in the payer's export too: their own exports are left out
        assertEquals(unblended(payerMonth), costTotal(period));
        String overlaps = ok("cloudspend:overlaps").output();
        assertTrue(overlaps.contains("shop-csv") && overlaps.contains("shop-parquet") && overlaps.contains("org"),
                overlaps);

        for (String account : List.of("shop-csv", "shop-parquet")) {
            ok("cloudspend:account-delete " + account);
        }
        String purged = ok("cloudspend:account-delete --purge-costs org").output();
        assertTrue(purged.startsWith("Account org deleted with its costs: 1 billing period(s), "), purged);
        assertTrue(ok("cloudspend:loads --format csv").output().lines().anyMatch(line -> line.contains(",org,"
                + period + ",purged,") && line.endsWith("purged: " + line.split(",")[5] + " daily facts removed")),
                "the purge is in the load history");
    }

    private static String pendingExternalId() throws Exception {
        Result started = ok("cloudspend:external-id");
        Matcher externalId = Pattern.compile("External ID:\\s+(\\S+)").matcher(started.output());
        assertTrue(externalId.find(), started.output());
        return externalId.group(1);
    }

    private static String roleOf(String account) {
        return "arn:aws:iam::" + account + ":role/cloudspend-billing-reader";
    }

    /** Karaf dies in the middle of a large load: after the restart the month is loaded once, to the cent. */
    @Test
    void aCrashMidLoadNeitherLosesNorDoubleCounts() throws Exception {
        YearMonth period = YearMonth.of(2024, 5);
        String bucket = "crash-billing";
        karaf.s3.bucket(bucket);
        karaf.aws.account("410987654321").export(new BillingAccount.Export("costs", "COST_AND_USAGE_REPORT", bucket,
                "exports", "us-east-1", "PARQUET", "PARQUET", "OVERWRITE_REPORT", "HEALTHY"));
        String externalId = pendingExternalId();
        String role = roleOf("410987654321");
        karaf.aws.role(role, RunningAssembly.OWN_ACCOUNT, externalId)
                .s3Access(RunningAssembly.S3_KEY_ID, RunningAssembly.S3_SECRET);
        GeneratedExport large = deliver(bucket, ExportSpec.of(ExportSpec.Family.CUR2, true, period, 600_000, 31)
                .withRowsPerFile(100_000).ofLinkedAccount("410987654321"));
        // every line item spooled as it comes (a month summed in memory is spooled only at its end, too briefly to be
        // caught under way); the restart below reads the same setting from the file
        ok("config:property-set -p org.cloudspend.store load.facts.in.memory 0");
        // under way once the load's spool has line items in it; watched on disk from before the account is added,
        // since a shell client's round trip takes about as long as the whole load of these 600,000 line items
        Path store = karaf.home.resolve("data/cloudspend");
        String add = "cloudspend:account-add --name Crash --role-arn " + role + " --external-id " + externalId
                + " --export-name costs --bucket " + bucket + " --account-type linked crash";
        CompletableFuture<Void> adding = CompletableFuture.runAsync(() -> {
            try {
                ok(add);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!spooling(store)) {
            assertTrue(Instant.now().isBefore(deadline), "the load was never seen under way: "
                    + karaf.client("cloudspend:ingest-status").output());
            Thread.sleep(5);
        }
        karaf.kill();
        try {
            adding.join();
        } catch (CompletionException e) {
            // account-add's client may still have been printing when Karaf died: the account was stored before
        }
        karaf.start();
        karaf.untilSucceeds("cloudspend:status");
        awaitLoaded(large.deliveryId());
        String json = ok("cloudspend:cost --period " + period + " --granularity total --format json").output();
        Matcher total = Pattern.compile("\"total\": ?([-0-9.]+)").matcher(json);
        assertTrue(total.find(), json);
        assertEquals(unblended(large), new BigDecimal(total.group(1)).stripTrailingZeros());
        long loaded = ok("cloudspend:loads").output().lines()
                .filter(line -> line.contains(large.deliveryId()) && line.contains("loaded")).count();
        assertEquals(1, loaded, "loaded once");
        ok("cloudspend:account-delete crash");
        ok("config:property-set -p org.cloudspend.store load.facts.in.memory 400000");
    }

    /** Whether a load is spooling line items in the store's folder (a spool file with something in it). */
    private static boolean spooling(Path store) throws IOException {
        if (!Files.isDirectory(store)) {
            return false;
        }
        try (Stream<Path> files = Files.list(store)) {
            return files.anyMatch(file -> {
                try {
                    return file.getFileName().toString().startsWith("cloudspend-load-") && Files.size(file) > 0;
                } catch (IOException e) {
                    return false; // the load ended and deleted it meanwhile
                }
            });
        }
    }

    private static GeneratedExport deliver(ExportSpec spec) throws Exception {
        return deliver(BUCKET, spec);
    }

    private static GeneratedExport deliver(String bucket, ExportSpec spec) throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "delivery-");
        GeneratedExport generated = ExportGenerator.generate(spec, root);
        try (Stream<Path> files = Files.walk(root)) {
            // data files first, the manifest last, as AWS delivers
            for (Path file : files.filter(Files::isRegularFile).sorted((a, b) ->
                    Boolean.compare(a.toString().endsWith("Manifest.json"), b.toString().endsWith("Manifest.json")))
                    .toList()) {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (!key.startsWith("expected-totals")) {
                    karaf.s3.put(bucket, key, Files.readAllBytes(file));
                }
            }
        }
        return generated;
    }

    /** Polls cloudspend:loads until the delivery shows as loaded. */
    private static void awaitLoaded(String deliveryId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String loads = "";
        while (Instant.now().isBefore(deadline)) {
            loads = ok("cloudspend:loads").output();
            if (loads.contains(deliveryId) && loads.contains("loaded")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("delivery " + deliveryId + " not loaded within 90 s: " + loads
                + ok("cloudspend:ingest-status").output());
    }

    private static void awaitLog(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!karaf.log().contains(text)) {
            assertTrue(Instant.now().isBefore(deadline), "'" + text + "' not in karaf.log within 30 s");
            Thread.sleep(500);
        }
    }

    private static BigDecimal costTotal() throws Exception {
        return costTotal(PERIOD);
    }

    private static BigDecimal costTotal(YearMonth period) throws Exception {
        String json = ok("cloudspend:cost --period " + period + " --granularity total --format json").output();
        Matcher total = Pattern.compile("\"total\": ?([-0-9.]+)").matcher(json);
        assertTrue(total.find(), json);
        return new BigDecimal(total.group(1)).stripTrailingZeros();
    }

    private static BigDecimal unblended(GeneratedExport export) {
        return export.expected().overall().total("UNBLENDED").stripTrailingZeros();
    }

    private static Result ok(String command) throws Exception {
        Result result = karaf.client(command);
        assertEquals(0, result.status(), command + ": " + result.output());
        return result;
    }
}
