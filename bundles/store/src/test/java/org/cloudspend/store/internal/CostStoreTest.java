package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class CostStoreTest implements StoreBackend {

    private static final BillingPeriod JANUARY = BillingPeriod.of(2025, 1);
    private static final CostQuery JANUARY_BY_SERVICE = query(Granularity.TOTAL, List.of(GroupBy.of(Dimension.SERVICE)),
            List.of(), 0);

    @TempDir
    Path folder;

    private StandaloneStore store;

    @BeforeEach
    void open() throws Exception {
        store = open(folder);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void aLoadAggregatesToDailyFactsWithExactTotals() {
        LoadRecord record = load("delivery-1",
                item("2025-01-03", "AmazonEC2", "Usage", "0.0000000001", Map.of("environment", "prod")),
                item("2025-01-03", "AmazonEC2", "Usage", "1.2500000000", Map.of("environment", "prod")),
                item("2025-01-04", "AmazonS3", "Usage", "3.5", Map.of()),
                item("2025-01-01", "AmazonEC2", "Tax", "0.42", Map.of()),
                item("2025-01-05", "AmazonEC2", "Credit", "-1", Map.of("environment", "dev")));
        assertEquals(5, record.rowsIn());
        assertEquals(4, record.rowsOut(), "the two EC2 usage lines of Jan 3 with the same tags are one fact");
        assertEquals(new BigDecimal("4.1700000001"), record.totals().get(CostMeasure.UNBLENDED));

        CostResult result = store.queries().query(JANUARY_BY_SERVICE);
        assertEquals(List.of(row("2025-01-01", "3.5", "AmazonS3"), row("2025-01-01", "0.6700000001", "AmazonEC2")),
                result.rows());
        assertEquals(new BigDecimal("4.1700000001"), result.total());
        assertEquals("USD", result.currency());
    }

    @Test
    void aNewDeliveryReplacesThePeriodNeverAddsToIt() {
        load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "10", Map.of()));
        load("delivery-2", item("2025-01-03", "AmazonEC2", "Usage", "12", Map.of()),
                item("2025-01-04", "AmazonS3", "Refund", "-2", Map.of()));
        assertEquals(new BigDecimal("10.0000000000"), store.queries().query(JANUARY_BY_SERVICE).total());
        assertEquals(List.of(row("2025-01-01", "12", "AmazonEC2"), row("2025-01-01", "-2", "AmazonS3")),
                store.queries().query(JANUARY_BY_SERVICE).rows());
    }

    @Test
    void loadingTheSameDeliveryAgainChangesNothing() {
        load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "10", Map.of()));
        assertTrue(store.costs().begin(claim("delivery-1")).isEmpty());
        assertEquals(1, store.costs().loads(10).size());
        assertEquals(new BigDecimal("10.0000000000"), store.queries().query(JANUARY_BY_SERVICE).total());
    }

    @Test
    void aFailedLoadLeavesThePreviousDataAndIsRecorded() throws Exception {
        load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "10", Map.of()));
        try (CostLoad load = store.costs().begin(claim("delivery-2")).orElseThrow()) {
            load.accept(item("2025-01-03", "AmazonEC2", "Usage", "99", Map.of()));
            load.abort("bench-2.csv.gz, row 17: not a number");
        }
        assertEquals(new BigDecimal("10.0000000000"), store.queries().query(JANUARY_BY_SERVICE).total());
        LoadRecord failed = store.costs().loads(10).get(0);
        assertEquals("delivery-2", failed.claim().deliveryId());
        assertEquals("bench-2.csv.gz, row 17: not a number", failed.error().orElseThrow());
        assertFalse(failed.succeeded());
        // a load closed without commit is a failure too, and the period can be loaded again afterwards
        try (CostLoad load = store.costs().begin(claim("delivery-3")).orElseThrow()) {
            load.accept(item("2025-01-03", "AmazonEC2", "Usage", "1", Map.of()));
        }
        assertEquals("the load was closed without being committed", store.costs().loads(1).get(0).error().orElseThrow());
        assertEquals(new BigDecimal("10.0000000000"), store.queries().query(JANUARY_BY_SERVICE).total());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString()
                    .startsWith(Database.LOAD_FILE_PREFIX)).toList(), "a finished load leaves no spool file");
        }
    }

    @Test
    void aPeriodIsClaimedByOneLoadAtATime() {
        CostLoad first = store.costs().begin(claim("delivery-1")).orElseThrow();
        assertTrue(store.costs().begin(claim("delivery-2")).isEmpty());
        first.abort("test");
        assertTrue(store.costs().begin(claim("delivery-2")).isPresent());
    }

    @Test
    void groupsAndFiltersByTagsAndDimensions() {
        load("delivery-1",
                item("2025-01-03", "AmazonEC2", "Usage", "5", Map.of("environment", "prod", "team", "web")),
                item("2025-01-03", "AmazonEC2", "Usage", "3", Map.of("environment", "dev")),
                item("2025-01-04", "AmazonS3", "Usage", "2", Map.of("environment", "prod")),
                item("2025-01-04", "AmazonS3", "Usage", "1", Map.of()));
        CostResult byEnvironment = store.queries().query(query(Granularity.TOTAL, List.of(GroupBy.tag("environment")),
                List.of(), 0));
        assertEquals(List.of(row("2025-01-01", "7", "prod"), row("2025-01-01", "3", "dev"),
                row("2025-01-01", "1", "")), byEnvironment.rows());

        CostResult prodByService = store.queries().query(query(Granularity.DAY, List.of(GroupBy.of(Dimension.SERVICE)),
                List.of(new Filter(GroupBy.tag("environment"), Set.of("prod"), false)), 0));
        assertEquals(List.of(row("2025-01-03", "5", "AmazonEC2"), row("2025-01-04", "2", "AmazonS3")),
                prodByService.rows());

        CostResult notProd = store.queries().query(query(Granularity.TOTAL, List.of(),
                List.of(new Filter(GroupBy.tag("environment"), Set.of("prod"), true),
                        new Filter(GroupBy.of(Dimension.SERVICE), Set.of("AmazonEC2", "AmazonS3"), false)), 0));
        assertEquals(new BigDecimal("4.0000000000"), notProd.total());

        CostResult top1 = store.queries().query(query(Granularity.TOTAL, List.of(GroupBy.of(Dimension.SERVICE),
                GroupBy.tag("team")), List.of(), 1));
        assertEquals(List.of(row("2025-01-01", "5", "AmazonEC2", "web"),
                row("2025-01-01", "6", CostQuery.OTHERS, CostQuery.OTHERS)), top1.rows());
        assertEquals(new BigDecimal("11.0000000000"), top1.total());
    }

    @Test
    void textIsStoredExactlyWhateverItHolds() {
        String awkward = "arn:aws:s3:::bucket/a,b \"quoted\"\nsecond line é東京";
        load("delivery-1",
                TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonS3", "Usage", "2", Map.of("team", "a,\"b\""),
                        awkward),
                TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonS3", "Usage", "1", Map.of(), ""));
        CostResult byResource = store.queries().query(query(Granularity.TOTAL, List.of(GroupBy.of(Dimension.RESOURCE),
                GroupBy.tag("team")), List.of(), 0));
        assertEquals(List.of(row("2025-01-01", "2", awkward, "a,\"b\""), row("2025-01-01", "1", "", "")),
                byResource.rows());
        CostResult noResource = store.queries().query(query(Granularity.TOTAL, List.of(),
                List.of(new Filter(GroupBy.of(Dimension.RESOURCE), Set.of(""), false)), 0));
        assertEquals(new BigDecimal("1.0000000000"), noResource.total(), "an empty resource is stored empty, not NULL");
    }

    @Test
    void overviewQuestionsAnsweredFromTheDailySummaryAgreeWithTheFacts() {
        load("delivery-1",
                TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "5", Map.of("team", "a"),
                        "i-1"),
                TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "2.5", Map.of(), "i-2"),
                TestItems.item(JANUARY, "2025-01-03", "333333333333", "AmazonEC2", "Credit", "-1", Map.of(), ""),
                TestItems.item(JANUARY, "2025-01-04", "333333333333", "AmazonS3", "Usage", "0.0000000001", Map.of(),
                        "bucket"));
        CostQuery byAccountAndType = query(Granularity.DAY, List.of(GroupBy.of(Dimension.ACCOUNT),
                GroupBy.of(Dimension.LINE_ITEM_TYPE)), List.of(new Filter(GroupBy.of(Dimension.SERVICE),
                        Set.of("AmazonEC2", "AmazonS3"), false)), 0);
        assertTrue(DailyServiceCosts.answers(byAccountAndType));
        List<CostRow> expected = List.of(row("2025-01-03", "7.5", "222222222222", "Usage"),
                row("2025-01-03", "-1", "333333333333", "Credit"), row("2025-01-04", "0.0000000001", "333333333333",
                        "Usage"));
        assertEquals(expected, store.queries().query(byAccountAndType).rows());

        // the same question, made to read the facts by a filter the summary cannot answer
        CostQuery fromFacts = query(Granularity.DAY, byAccountAndType.groupBy(), List.of(
                new Filter(GroupBy.of(Dimension.RESOURCE), Set.of("nothing"), true)), 0);
        assertFalse(DailyServiceCosts.answers(fromFacts));
        assertEquals(expected, store.queries().query(fromFacts).rows());
        assertFalse(DailyServiceCosts.answers(query(Granularity.TOTAL, List.of(GroupBy.tag("team")), List.of(), 0)));
    }

    @Test
    void sumsBeyondALongStayExact() {
        LoadRecord record = load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "900000000.0000000001", Map.of()),
                item("2025-01-03", "AmazonEC2", "Usage", "900000000", Map.of()),
                item("2025-01-03", "AmazonEC2", "Usage", "-0.5", Map.of()));
        assertEquals(1, record.rowsOut());
        assertEquals(new BigDecimal("1799999999.5000000001"), record.totals().get(CostMeasure.AMORTIZED));
        assertEquals(new BigDecimal("1799999999.5000000001"), store.queries().query(JANUARY_BY_SERVICE).total());
    }

    @Test
    void amountsOnBothSidesOfTheSpoolsNarrowDecimalStayExact() {
        // the largest amount a line item may have for the load to spool DECIMAL(18,10), then the smallest beyond it
        LoadRecord narrow = load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "99999999.9999999999", Map.of()),
                item("2025-01-04", "AmazonEC2", "Usage", "-99999999.9999999999", Map.of()),
                item("2025-01-04", "AmazonS3", "Usage", "0.0000000001", Map.of()));
        assertEquals(3, narrow.rowsOut());
        assertEquals(new BigDecimal("0.0000000001"), store.queries().query(JANUARY_BY_SERVICE).total());

        LoadRecord wide = load("delivery-2", item("2025-01-03", "AmazonEC2", "Usage", "99999999.9999999999", Map.of()),
                item("2025-01-03", "AmazonEC2", "Usage", "-100000000", Map.of()));
        assertEquals(1, wide.rowsOut());
        assertEquals(new BigDecimal("-0.0000000001"), wide.totals().get(CostMeasure.UNBLENDED));
        assertEquals(new BigDecimal("-0.0000000001"), store.queries().query(JANUARY_BY_SERVICE).total());

        // two amounts that fit, whose fact does not: summed before spooling, it needs the wide decimal
        LoadRecord summed = load("delivery-3", item("2025-01-03", "AmazonEC2", "Usage", "60000000.0000000001", Map.of()),
                item("2025-01-03", "AmazonEC2", "Usage", "60000000", Map.of()));
        assertEquals(1, summed.rowsOut());
        assertEquals(new BigDecimal("120000000.0000000001"), store.queries().query(JANUARY_BY_SERVICE).total());
    }

    @Test
    void factsAndHistorySurviveARestart() throws Exception {
        load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "10", Map.of("environment", "prod")));
        store.close();
        store = open(folder);
        assertEquals(new BigDecimal("10.0000000000"), store.queries().query(JANUARY_BY_SERVICE).total());
        assertTrue(store.costs().begin(claim("delivery-1")).isEmpty(), "the loaded delivery is remembered");
        load("delivery-2", item("2025-01-03", "AmazonEC2", "Usage", "4", Map.of("environment", "prod")));
        assertEquals(List.of(row("2025-01-01", "4", "prod")), store.queries().query(query(Granularity.TOTAL,
                List.of(GroupBy.tag("environment")), List.of(), 0)).rows());
    }

    @Test
    void comparesWithThePreviousPeriodAndForecastsTheMonth() {
        try (CostLoad december = store.costs().begin(new LoadClaim("prod-payer", BillingPeriod.of(2024, 12), "d-12",
                List.of())).orElseThrow()) {
            december.accept(item("2024-12-02", "AmazonEC2", "Usage", "40", Map.of()));
            december.accept(item("2024-12-20", "AmazonEC2", "Usage", "60", Map.of()));
            december.commit();
        }
        load("delivery-1", item("2025-01-02", "AmazonEC2", "Usage", "50", Map.of()),
                item("2025-01-10", "AmazonEC2", "Usage", "12", Map.of()));

        var comparison = store.queries().compare(JANUARY_BY_SERVICE);
        assertEquals(new BigDecimal("62.0000000000"), comparison.current().total());
        assertEquals(new BigDecimal("100.0000000000"), comparison.previous().total());
        assertEquals(new BigDecimal("-38.00"), comparison.changePercent().orElseThrow());

        var monthToDate = store.queries().monthToDate(LocalDate.of(2025, 1, 15), CostMeasure.UNBLENDED, List.of());
        assertEquals(LocalDate.of(2025, 1, 10), monthToDate.through(), "the last day with costs");
        assertEquals(new BigDecimal("62.0000000000"), monthToDate.monthToDate());
        assertEquals(new BigDecimal("40.0000000000"), monthToDate.previousSameDays());
        assertEquals(new BigDecimal("100.0000000000"), monthToDate.previousMonth());
        assertEquals(new BigDecimal("192.2000000000"), monthToDate.forecast(), "62 / 10 days x 31 days");
    }

    @Test
    void aFailedCommitKeepsItsCauseWhateverTheCallerDoesNext() throws Exception {
        load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "10", Map.of()));
        CostLoad failing = store.costs().begin(claim("delivery-2")).orElseThrow();
        failing.accept(item("2025-01-03", "AmazonEC2", "Usage", "12", Map.of()));
        // the disk loses the spool before the commit copies it: the database cannot read it
        DailyLoad load = (DailyLoad) failing;
        IllegalStateException commit = assertThrows(IllegalStateException.class, () -> {
            Files.delete(load.spool());
            failing.commit();
        });
        failing.abort("the caller's own words");
        failing.close();
        LoadRecord recorded = store.costs().loads(1).get(0);
        assertEquals("delivery-2", recorded.claim().deliveryId());
        assertTrue(recorded.error().orElseThrow().startsWith("storing the load failed: "), recorded.toString());
        assertTrue(commit.getMessage().contains("could not replace prod-payer 2025-01"), commit.getMessage());
        assertEquals(new BigDecimal("10.0000000000"), store.queries().query(JANUARY_BY_SERVICE).total(),
                "the month keeps its data");
        assertTrue(store.costs().begin(claim("delivery-3")).isPresent(), "the period is not left claimed");
    }

    @Test
    void aPurgeRemovesAnExportsCostsInOneTransactionAndSaysSoInTheHistory() {
        load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "10", Map.of()),
                item("2025-01-04", "AmazonS3", "Usage", "2.5", Map.of()));
        List<LoadRecord> purged = store.costs().purge("prod-payer");
        assertEquals(1, purged.size());
        assertEquals(2, purged.get(0).rowsOut());
        assertEquals(new BigDecimal("12.5000000000"), purged.get(0).totals().get(CostMeasure.UNBLENDED));
        assertTrue(purged.get(0).purge());
        assertEquals(BigDecimal.ZERO.compareTo(store.queries().query(JANUARY_BY_SERVICE).total()), 0,
                "nothing of the export is left");
        LoadRecord recorded = store.costs().loads(1).get(0);
        assertEquals("purged: 2 daily facts removed", recorded.error().orElseThrow());
        assertTrue(recorded.purge());
        assertEquals(List.of(), store.costs().purge("prod-payer"), "nothing left to purge");
        // the same delivery loads again from scratch: the purge is not a loaded delivery
        assertEquals(new BigDecimal("12.5000000000"), load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage",
                "12.5", Map.of())).totals().get(CostMeasure.UNBLENDED));
    }

    /**
     * A question runs on a connection of its own: it neither waits for a transaction under way on the writing
     * connection (a load's commit) nor sees what that transaction has not committed.
     */
    @Test
    void aQuestionNeitherWaitsForNorSeesALoadUnderWay() throws Exception {
        load("delivery-1", item("2025-01-03", "AmazonEC2", "Usage", "10", Map.of()));
        CountDownLatch deleted = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<Object> transaction = writer.submit(() -> store.database().transaction("delete the facts",
                    session -> {
                        try (Statement delete = session.connection().createStatement()) {
                            delete.execute("DELETE FROM cost_facts");
                            delete.execute("DELETE FROM " + DailyServiceCosts.TABLE);
                        }
                        deleted.countDown();
                        awaitQuietly(answered);
                        return null;
                    }));
            deleted.await();
            // a bound for a deadlock only: the writer holds the database until the question is answered
            BigDecimal during = assertTimeoutPreemptively(Duration.ofMinutes(2),
                    () -> store.queries().query(JANUARY_BY_SERVICE).total(), "the question waited for the load");
            answered.countDown();
            transaction.get();

            assertEquals(new BigDecimal("10.0000000000"), during);
            assertEquals(0, store.queries().query(JANUARY_BY_SERVICE).total().signum(), "committed now");
        } finally {
            answered.countDown();
            writer.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LoadRecord load(String delivery, LineItem... items) {
        try (CostLoad load = store.costs().begin(claim(delivery)).orElseThrow()) {
            for (LineItem item : items) {
                load.accept(item);
            }
            return load.commit();
        }
    }

    private static LoadClaim claim(String delivery) {
        return new LoadClaim("prod-payer", JANUARY, delivery, List.of("bench-1.csv.gz"));
    }

    private static CostQuery query(Granularity granularity, List<GroupBy> groups, List<Filter> filters, int top) {
        return new CostQuery(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), granularity, groups, filters,
                CostMeasure.UNBLENDED, top);
    }

    private static CostRow row(String bucket, String amount, String... group) {
        return new CostRow(LocalDate.parse(bucket), List.of(group), new BigDecimal(amount).setScale(10));
    }

    private static LineItem item(String day, String service, String type, String cost, Map<String, String> tags) {
        return TestItems.item(JANUARY, day, "222222222222", service, type, cost, tags);
    }
}
