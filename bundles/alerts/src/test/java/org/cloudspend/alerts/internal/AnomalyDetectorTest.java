package org.cloudspend.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertState;
import org.cloudspend.api.anomaly.Anomaly;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;
import org.cloudspend.store.internal.StandaloneStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/**
 * Two months of daily costs with a weekly rhythm, noise, tax at each month's end, a service new three days ago, and one
 * spike of known size: the spike is the one anomaly, with the usage type that made it on top, raised once and
 * resolved when AWS restates the day without it.
 */
class AnomalyDetectorTest {

    private static final LocalDate SPIKE = LocalDate.of(2025, 6, 25);
    private static final LocalDate NEWEST = SPIKE.plusDays(1);
    private static final LocalDate TODAY = SPIKE.plusDays(2);

    @TempDir
    Path folder;

    private StandaloneStore store;
    private final List<Event> posted = new ArrayList<>();
    private AnomalyDetector detector;

    @BeforeEach
    void load() throws Exception {
        store = StandaloneStore.duckDb(folder.resolve("anomalies.duckdb"));
        loadMonth(YearMonth.of(2025, 5), true, "may");
        loadMonth(YearMonth.of(2025, 6), true, "june");
        detector = new AnomalyDetector(store.anomalyMonitors(), store.queries(), store.alerts(),
                Clock.fixed(TODAY.atTime(1, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), false);
        detector.events = new RecordingEventAdmin(posted);
        detector.add(new AnomalyMonitor("services", Optional.of(GroupBy.of(Dimension.SERVICE)), List.of(),
                CostMeasure.UNBLENDED, new BigDecimal("50"), new BigDecimal("40"), true));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void theSpikeIsTheOneAnomalyWithItsUsageTypeOnTop() {
        List<Anomaly> found = detector.evaluate(TODAY);
        assertEquals(1, found.size(), found.toString());
        Anomaly spike = found.get(0);
        assertEquals("AmazonEC2", spike.value());
        assertEquals(SPIKE, spike.day());
        assertEquals("USD", spike.currency());
        assertTrue(spike.impact().compareTo(new BigDecimal("280")) > 0, spike.toString());
        assertEquals("BoxUsage:m5.4xlarge", spike.contributors().get(0).value());
        assertEquals(new BigDecimal("300.00"), spike.contributors().get(0).actual().setScale(2));

        List<Alert> open = store.alerts().alerts(true);
        assertEquals(1, open.size());
        assertEquals(SPIKE + " AmazonEC2", open.get(0).condition());
        assertTrue(open.get(0).summary().startsWith("Anomaly in AmazonEC2 (monitor services) on 2025-06-25: "),
                open.get(0).summary());
        assertEquals("org/cloudspend/alert/ANOMALY", posted.get(0).getTopic());
        assertEquals("AmazonEC2", posted.get(0).getProperty("dimensionValue"));
        assertEquals("cloudspend:cost -f 2025-05-28 -t 2025-06-25 -g day -b usage-type -m unblended -x"
                + " line-item-type=BundledDiscount,Credit,EdpDiscount,Fee,PrivateRateDiscount,RIFee,Refund,"
                + "SavingsPlanRecurringFee,SavingsPlanUpfrontFee,SppDiscount,Tax -i service=AmazonEC2",
                posted.get(0).getProperty("question"));

        detector.evaluate(TODAY);
        assertEquals(1, posted.size(), "raised once");
    }

    @Test
    void aRestatementWithoutTheSpikeResolvesIt() throws Exception {
        detector.evaluate(TODAY);
        loadMonth(YearMonth.of(2025, 6), false, "june-restated");
        assertEquals(List.of(), detector.evaluate(TODAY));
        assertEquals(AlertState.RESOLVED, store.alerts().alerts(false).get(0).state());
        assertEquals("org/cloudspend/alert/ANOMALY/RESOLVED", posted.get(1).getTopic());
    }

    @Test
    void aDayIsJudgedOnItsOwnAndAnUnknownMonitorIsNamed() {
        assertEquals(List.of("AmazonEC2 " + SPIKE), detector.detect("services", SPIKE.minusDays(20),
                NEWEST.plusDays(1)).stream().map(anomaly -> anomaly.value() + " " + anomaly.day()).toList());
        assertEquals(List.of(), detector.detect("services", SPIKE.minusDays(1), SPIKE));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> detector.detect("nobody", SPIKE, NEWEST));
        assertEquals("There is no anomaly monitor 'nobody': see cloudspend:anomaly-monitor-list", unknown.getMessage());
        assertTrue(detector.delete("services"));
        assertEquals(List.of(), store.anomalyMonitors().monitors());
    }

    /**
     * A month of EC2 (100 a weekday, 40 a weekend day), S3 (20 a day), each with noise of a few percent; tax of 500 on
     * the last day; Bedrock new from three days before the spike at 500 a day; and, with {@code spike}, 300 more of
     * one EC2 usage type on the spike's day. Nothing after the newest day.
     */
    private void loadMonth(YearMonth month, boolean spike, String delivery) throws Exception {
        BillingPeriod period = new BillingPeriod(month);
        Random noise = new Random(month.getMonthValue());
        try (CostLoad load = store.costs().begin(new LoadClaim("payer", period, delivery, List.of("f")))
                .orElseThrow()) {
            for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()) && !day.isAfter(NEWEST);
                    day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                load.accept(item(period, day, "AmazonEC2", "BoxUsage:m5.large", "Usage",
                        (weekend ? 40 : 100) + noise.nextInt(7) - 3));
                load.accept(item(period, day, "AmazonS3", "TimedStorage", "Usage", 20 + noise.nextInt(3) - 1));
                if (day.equals(month.atEndOfMonth())) {
                    load.accept(item(period, day, "AmazonEC2", "Tax", "Tax", 500));
                }
                if (!day.isBefore(SPIKE.minusDays(3))) {
                    load.accept(item(period, day, "AmazonBedrock", "Tokens", "Usage", 500));
                }
                if (spike && day.equals(SPIKE)) {
                    load.accept(item(period, day, "AmazonEC2", "BoxUsage:m5.4xlarge", "Usage", 300));
                }
            }
            load.commit();
        }
    }

    private static LineItem item(BillingPeriod period, LocalDate day, String service, String usageType, String type,
            long cost) {
        long scaled = Money.toScaled(BigDecimal.valueOf(cost));
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new LineItem() {
            public BillingPeriod billingPeriod() { return period; }
            public String payerAccountId() { return "111111111111"; }
            public String usageAccountId() { return "222222222222"; }
            public String lineItemType() { return type; }
            public Instant usageStart() { return start; }
            public Instant usageEnd() { return start.plusSeconds(3600); }
            public String productCode() { return service; }
            public String region() { return "us-east-1"; }
            public String availabilityZone() { return ""; }
            public String usageType() { return usageType; }
            public String operation() { return "Run"; }
            public String resourceId() { return ""; }
            public BigDecimal usageAmount() { return BigDecimal.ONE; }
            public String currency() { return "USD"; }
            public long costScaled(CostMeasure measure) { return scaled; }
            public boolean netMeasuresPresent() { return false; }
            public Map<String, String> tags() { return Map.of(); }
            public Map<String, String> costCategories() { return Map.of(); }
        };
    }
}
