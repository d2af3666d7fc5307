package org.cloudspend.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.ingest.IngestStatus;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.ExportSpec.Family;
import org.cloudspend.generator.GeneratedExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ingest routes against S3Proxy and the STS stub, the real store and readers, exports from the generator. */
class IngestTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** The generator's first linked account under its payer. */
    private static final String LINKED = "100000111111";
    private static final String PAYER_ID = IngestFixture.PAYER;

    @TempDir
    Path folder;

    private IngestFixture aws;

    @BeforeEach
    void start() throws Exception {
        aws = new IngestFixture(folder, Duration.ofHours(1), Duration.ofHours(1));
    }

    @AfterEach
    void stop() throws Exception {
        aws.close();
    }

    @ParameterizedTest
    @CsvSource({"LEGACY, false", "LEGACY, true", "CUR2, false", "CUR2, true"})
    void aNewDeliveryIsLoadedOnceToTheCent(Family family, boolean parquet) throws Exception {
        ExportSpec spec = ExportSpec.of(family, parquet, OCTOBER, 2_000, 7);
        aws.payer(family == Family.LEGACY ? ExportType.LEGACY : ExportType.CUR2,
                parquet ? ExportFormat.PARQUET : ExportFormat.CSV_GZIP, spec.name());
        GeneratedExport delivered = aws.deliver(spec);

        CheckResult first = aws.ingest.check("payer");
        assertEquals("1 period(s), 1 loaded", first.outcome());
        assertEquals(delivered.deliveryId(), first.loads().get(0).claim().deliveryId());
        assertTotals(delivered);

        CheckResult again = aws.ingest.check("payer");
        assertEquals("1 period(s), 0 loaded", again.outcome(), "a delivery loaded once is not loaded again");
        assertTotals(delivered);
        assertEquals(List.of(), aws.store.errors().errors());
    }

    @Test
    void aRoleWhoseTrustIsNotProvenWaitsAndSaysWhyUntilAValidationPasses() throws Exception {
        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "costs");
        GeneratedExport delivered = aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 500, 7));
        aws.store.errors().report("payer", ConfigurationErrorCode.TRUST_NOT_PROVEN, "not validated yet");

        CheckResult waiting = aws.ingest.check("payer");
        assertEquals("credentials: The role of account payer is not assumed until a validation passes"
                + " (TRUST_NOT_PROVEN): see cloudspend:errors, then cloudspend:account-validate payer",
                waiting.outcome());
        assertEquals(0, aws.role.assumptions(), "the role was not assumed");
        assertEquals(List.of(ConfigurationErrorCode.TRUST_NOT_PROVEN), aws.store.errors().errors("payer").stream()
                .map(ConfigurationError::code).toList(), "waiting raises nothing new");

        aws.store.errors().clear("payer", ConfigurationErrorCode.TRUST_NOT_PROVEN); // as a passing validation does
        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertTotals(delivered);
    }

    @Test
    void aRestatedMonthReplacesThePreviousDelivery() throws Exception {
        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "costs");
        aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 2_000, 7));
        aws.ingest.check("payer");
        GeneratedExport restated = aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 1_500, 8));

        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertTotals(restated);
    }

    @Test
    void aCorruptFileLeavesThePeriodAsItWasAndIsAConfigurationErrorUntilAGoodDelivery() throws Exception {
        aws.payer(ExportType.LEGACY, ExportFormat.CSV_GZIP, "daily");
        GeneratedExport good = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 2_000, 7));
        aws.ingest.check("payer");

        ExportSpec restatement = ExportSpec.of(Family.LEGACY, false, OCTOBER, 2_000, 9);
        GeneratedExport corrupt = aws.deliver(restatement);
        String broken = corrupt.dataFileKeys().get(0);
        byte[] bytes = Files.readAllBytes(corrupt.root().resolve(broken));
        aws.s3.put(IngestFixture.BUCKET, broken, Arrays.copyOf(bytes, bytes.length / 2));

        CheckResult failed = aws.ingest.check("payer");
        assertEquals("1 period(s), 0 loaded; 2026-10 unreadable", failed.outcome());
        List<ConfigurationError> errors = aws.store.errors().errors("payer");
        assertEquals(List.of(ConfigurationErrorCode.UNREADABLE_FILE), errors.stream().map(ConfigurationError::code)
                .toList());
        assertTrue(errors.get(0).message().contains("s3://" + IngestFixture.BUCKET + "/" + broken),
                errors.get(0).message());
        assertTotals(good);

        GeneratedExport fixed = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 2_000, 10));
        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertTotals(fixed);
        assertEquals(List.of(), aws.store.errors().errors());
    }

    @Test
    void aDeliveryHoldingAnotherAccountsOrMonthsCostsIsRefusedAndThePeriodKeepsItsData() throws Exception {
        aws.payer(ExportType.LEGACY, ExportFormat.CSV_GZIP, "daily");
        GeneratedExport own = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 2_000, 7));
        aws.ingest.check("payer");

        // another payer's export copied into this account's bucket: its line items name their own payer
        GeneratedExport foreign = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 2_000, 9)
                .withPayer("999988887777"));
        assertEquals("1 period(s), 0 loaded; 2026-10 refused: another account's costs",
                aws.ingest.check("payer").outcome());
        String refusal = onlyUnexpectedAccountError();
        assertTrue(refusal.startsWith("Delivery " + foreign.deliveryId() + " of 2026-10 was refused (the period keeps"
                + " its data): s3://" + IngestFixture.BUCKET + "/" + foreign.dataFileKeys().get(0) + ": a "), refusal);
        assertTrue(refusal.contains(" names payer account 999988887777, but payer account 'payer' is " + PAYER_ID),
                refusal);
        assertTotals(own);

        // November's line items under October's manifest
        GeneratedExport misdated = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 2_000, 10));
        GeneratedExport november = ExportGenerator.generate(
                ExportSpec.of(Family.LEGACY, false, OCTOBER.plusMonths(1), 2_000, 10), folder.resolve("november"));
        aws.s3.put(IngestFixture.BUCKET, misdated.dataFileKeys().get(0),
                Files.readAllBytes(november.root().resolve(november.dataFileKeys().get(0))));
        assertEquals("1 period(s), 0 loaded; 2026-10 refused: another account's costs",
                aws.ingest.check("payer").outcome());
        assertTrue(onlyUnexpectedAccountError().contains(", outside the delivery's billing period 2026-10"),
                "the refusal names the period");
        assertTotals(own);

        GeneratedExport fixed = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 2_000, 11));
        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertTotals(fixed);
        assertEquals(List.of(), aws.store.errors().errors());
    }

    @Test
    void aLinkedAccountsBucketHoldingItsPayersExportIsRefused() throws Exception {
        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "costs");
        aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 1_000, 7));
        aws.store.accounts().save(aws.store.accounts().account("payer").map(payer -> new AwsAccount("shop", "Shop",
                new AwsAccountId(LINKED), payer.accessType(), payer.roleArn(), payer.externalId(), AccountType.LINKED,
                payer.export())).orElseThrow());

        assertEquals("1 period(s), 0 loaded; 2026-10 refused: another account's costs",
                aws.ingest.check("shop").outcome());
        String refusal = aws.store.errors().errors("shop").get(0).message();
        assertTrue(refusal.contains(", but linked account 'shop' is " + LINKED), refusal);
        assertEquals(0, aws.total(CostMeasure.UNBLENDED).signum(), "nothing of it is stored");
    }

    private String onlyUnexpectedAccountError() {
        List<ConfigurationError> errors = aws.store.errors().errors("payer");
        assertEquals(List.of(ConfigurationErrorCode.UNEXPECTED_ACCOUNT), errors.stream()
                .map(ConfigurationError::code).toList());
        return errors.get(0).message();
    }

    @Test
    void throttlingAndADownloadBrokenHalfWayAreRetriedAndTheMonthIsLoadedOnce() throws Exception {
        aws.payer(ExportType.CUR2, ExportFormat.CSV_GZIP, "costs");
        GeneratedExport delivered = aws.deliver(ExportSpec.of(Family.CUR2, false, OCTOBER, 2_000, 7));
        aws.s3.faults().throttleListings(1).throttleDownloads(2).breakDownloads(1);

        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertEquals(3, aws.s3.faults().slowDowns());
        assertTotals(delivered);
        assertEquals(1, aws.store.costs().loads(10).size(), "one load, whole: no partial month was ever loaded");
        assertEquals(List.of(), aws.store.errors().errors());
    }

    @Test
    void aDataFileReadAsItArrivesGoesOnFromWhereItsConnectionBroke() throws Exception {
        aws.payer(ExportType.LEGACY, ExportFormat.CSV_GZIP, "daily");
        // large enough for the server to have sent its headers when the connection breaks (a smaller object's
        // break is answered 500 instead, which the SDK retries whole)
        GeneratedExport delivered = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 20_000, 7));
        aws.s3.faults().breakDataFileDownloads(2);

        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertEquals(2, aws.s3.faults().rangedDownloads(), "read on twice from where the connection broke");
        assertTotals(delivered);
        assertEquals(List.of(), aws.store.errors().errors());
    }

    @Test
    void aDownloadThatKeepsBreakingKeepsTheLoadedMonthAndIsNoConfigurationError() throws Exception {
        aws.payer(ExportType.LEGACY, ExportFormat.CSV_GZIP, "daily");
        GeneratedExport first = aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 1_000, 7));
        aws.ingest.check("payer");
        aws.deliver(ExportSpec.of(Family.LEGACY, false, OCTOBER, 20_000, 8));
        aws.s3.faults().breakDataFileDownloads(1_000);

        String outcome = aws.ingest.check("payer").outcome();
        assertTrue(outcome.startsWith("1 period(s), 0 loaded; 2026-10 not loaded, retried next check (Reading s3://"),
                outcome);
        assertTrue(outcome.contains("(3 attempt(s))"), outcome);
        assertTotals(first);
        assertEquals(List.of(), aws.store.errors().errors(), "a broken connection is S3's state, not a configuration error");
    }

    @Test
    void throttlingThatOutlastsTheRetriesKeepsTheLoadedMonthAndTriesAgainNextCheck() throws Exception {
        aws.payer(ExportType.LEGACY, ExportFormat.PARQUET, "daily");
        GeneratedExport first = aws.deliver(ExportSpec.of(Family.LEGACY, true, OCTOBER, 1_000, 7));
        aws.ingest.check("payer");
        GeneratedExport restated = aws.deliver(ExportSpec.of(Family.LEGACY, true, OCTOBER, 1_200, 8));
        aws.s3.faults().throttleDownloads(1_000);

        // the SDK retried each request (four attempts), then the check gave up until the next one
        String outcome = aws.ingest.check("payer").outcome();
        assertTrue(outcome.startsWith("failed: Please reduce your request rate. (Service: S3, Status Code: 503"),
                outcome);
        assertTotals(first);
        assertEquals(List.of(), aws.store.errors().errors(), "throttling is S3's state, not a configuration error");

        aws.s3.faults().throttleDownloads(0);
        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertTotals(restated);
    }

    @Test
    void aRefusedRoleIsAConfigurationErrorClearedOnceTheRoleTrustsUsAgain() throws Exception {
        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "costs");
        aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 500, 7));
        aws.role.trust("888888888888", IngestFixture.EXTERNAL_ID.value());

        assertTrue(aws.ingest.check("payer").outcome().startsWith("credentials: "));
        assertEquals(List.of(ConfigurationErrorCode.ROLE_ACCESS_DENIED),
                aws.store.errors().errors("payer").stream().map(ConfigurationError::code).toList());

        aws.role.trust(IngestFixture.OURS, IngestFixture.EXTERNAL_ID.value());
        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertEquals(List.of(), aws.store.errors().errors());
    }

    @Test
    void usageInBothThePayersExportAndALinkedAccountsOwnIsCountedOnce() throws Exception {
        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "costs");
        GeneratedExport payerMonth = aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 1_500, 7));
        // the linked account's own export: one of the payer's usage accounts, in an export of its own
        GeneratedExport ownMonth = aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 800, 8).withName("own")
                .withPrefix("linked").ofLinkedAccount(LINKED));
        aws.store.accounts().save(new org.cloudspend.api.account.AwsAccount("shop", "Shop",
                new org.cloudspend.api.account.AwsAccountId(LINKED),
                org.cloudspend.api.account.AccessType.ROLE, java.util.Optional.of(IngestFixture.ROLE),
                java.util.Optional.of(IngestFixture.EXTERNAL_ID), org.cloudspend.api.account.AccountType.LINKED,
                new org.cloudspend.api.account.ExportDefinition(ExportType.CUR2, "own", ExportFormat.PARQUET,
                        new org.cloudspend.api.account.S3Location(IngestFixture.BUCKET, "linked", "us-east-1"),
                        org.cloudspend.api.account.ExportVersioning.OVERWRITE)));

        assertEquals("1 period(s), 1 loaded", aws.ingest.check("shop").outcome());
        assertTotals(ownMonth);
        assertEquals("1 period(s), 1 loaded", aws.ingest.check("payer").outcome());
        assertTotals(payerMonth);
        var overlaps = aws.store.costs().overlaps();
        assertTrue(overlaps.stream().allMatch(o -> o.exportId().equals("shop") && o.payerExportId().equals("payer")),
                overlaps.toString());
        assertTrue(!overlaps.isEmpty());
    }

    @Test
    void aLocalCopyOfTheBucketLoadsWithoutAws() throws Exception {
        Path copy = folder.resolve("on-premises-copy");
        GeneratedExport delivered = org.cloudspend.generator.ExportGenerator.generate(
                ExportSpec.of(Family.LEGACY, true, OCTOBER, 1_000, 5).withPayer("123456789012"), copy);
        aws.store.accounts().save(new org.cloudspend.api.account.AwsAccount("onprem", "On premises",
                new org.cloudspend.api.account.AwsAccountId("123456789012"),
                org.cloudspend.api.account.AccessType.LOCAL, java.util.Optional.empty(), java.util.Optional.empty(),
                org.cloudspend.api.account.AccountType.PAYER, new org.cloudspend.api.account.ExportDefinition(
                        ExportType.LEGACY, "daily", ExportFormat.PARQUET, new org.cloudspend.api.account.S3Location(
                                copy.toString(), "exports", ""),
                        org.cloudspend.api.account.ExportVersioning.OVERWRITE)));

        assertEquals("1 period(s), 1 loaded", aws.ingest.check("onprem").outcome());
        assertTotals(delivered);
        assertTrue(aws.aws.actions().isEmpty(), "AWS is never asked: " + aws.aws.actions());

        java.nio.file.Files.move(copy, folder.resolve("moved"));
        assertTrue(aws.ingest.check("onprem").outcome().startsWith("failed: "));
        assertEquals(List.of(ConfigurationErrorCode.BUCKET_NOT_FOUND),
                aws.store.errors().errors("onprem").stream().map(ConfigurationError::code).toList());
        assertTotals(delivered);
    }

    @Test
    void anExportWithoutAnyDeliveryIsReported() throws Exception {
        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "never-delivered");
        assertEquals("0 period(s), 0 loaded", aws.ingest.check("payer").outcome());
        ConfigurationError error = aws.store.errors().errors("payer").get(0);
        assertEquals(ConfigurationErrorCode.NO_DELIVERY, error.code());
        assertTrue(error.message().contains("s3://payer-billing/exports/"), error.message());
    }

    @Test
    void theRoutesFollowTheAccountsAndCheckOnTheirOwn() throws Exception {
        aws.close();
        aws = new IngestFixture(folder.resolve("again"), Duration.ofMillis(100), Duration.ZERO);
        GeneratedExport delivered = aws.deliver(ExportSpec.of(Family.CUR2, true, OCTOBER, 500, 7));
        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "costs");

        IngestStatus status = awaitStatus(s -> s.lastLoad().isPresent() && s.lastCheck().isPresent());
        assertEquals(delivered.deliveryId(), status.lastLoad().get().claim().deliveryId());
        assertTrue(status.nextCheck().orElseThrow().isAfter(Instant.now().plusSeconds(3000)), status.toString());
        assertNotNull(aws.ingest.camel().getRoute("cloudspend-account-payer"));
        assertTotals(delivered);

        aws.store.accounts().delete("payer");
        long deadline = System.currentTimeMillis() + 10_000;
        while (aws.ingest.camel().getRoute("cloudspend-account-payer") != null
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertNull(aws.ingest.camel().getRoute("cloudspend-account-payer"), "a removed account's route stops");
    }

    private IngestStatus awaitStatus(java.util.function.Predicate<IngestStatus> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<IngestStatus> statuses = aws.ingest.status();
            if (!statuses.isEmpty() && condition.test(statuses.get(0))) {
                return statuses.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached: " + aws.ingest.status());
    }

    private void assertTotals(GeneratedExport expected) {
        for (CostMeasure measure : CostMeasure.values()) {
            BigDecimal want = expected.expected().overall().total(measure.name());
            BigDecimal got = aws.total(measure);
            assertEquals(0, want.compareTo(got), measure + ": expected " + want + ", stored " + got);
        }
    }
}
