package org.cloudspend.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertState;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetPeriod;
import org.cloudspend.api.budget.BudgetStatus;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.Money;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.generator.ExpectedTotals;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.store.internal.StandaloneStore;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/**
 * Budgets measured against a generated month in an embedded store: the spend and the forecast to the cent against
 * the generator's own totals and a reading of the file, thresholds raised once, resolved by a restatement, events
 * posted for each change.
 */
class BudgetMonitorTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final Set<String> LEFT_OUT = Set.of("Tax", "Credit");

    @TempDir
    Path folder;

    private StandaloneStore store;
    private final List<Event> posted = new ArrayList<>();
    private GeneratedExport june;

    @BeforeEach
    void loadJune() throws Exception {
        store = StandaloneStore.duckDb(folder.resolve("budgets.duckdb"));
        june = load(ExportSpec.of(ExportSpec.Family.CUR2, true, JUNE, 6_000, 11), "june");
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void theSpendIsTheGeneratorsTotalLessWhatTheBudgetLeavesOut() {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 7, 2));
        monitor.add(budget("all", BudgetPeriod.MONTHLY, "1000", List.of(), Set.of(), "actual:100"));
        monitor.add(budget("usage", BudgetPeriod.MONTHLY, "1000", List.of(),
                Set.of(ExcludedCharge.TAX, ExcludedCharge.CREDITS), "actual:100"));

        ExpectedTotals expected = june.expected();
        BigDecimal all = expected.overall().total("UNBLENDED");
        BigDecimal leftOut = LEFT_OUT.stream().map(type -> expected.byLineItemType().get(type).total("UNBLENDED"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BudgetStatus whole = monitor.status("all", LocalDate.of(2025, 6, 15));
        assertEquals(0, all.compareTo(whole.spent()), whole.spent() + " against " + all);
        BudgetStatus usage = monitor.status("usage", LocalDate.of(2025, 6, 15));
        assertEquals(0, all.subtract(leftOut).compareTo(usage.spent()), usage.spent().toPlainString());
        assertTrue(leftOut.signum() != 0, "the month has tax and credits to leave out");
        // the period is over: nothing left to foresee
        assertEquals(0, usage.spent().compareTo(usage.forecast()));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), usage.through());
    }

    @Test
    void theForecastAddsTheLastSevenDaysRateForEachDayLeft() throws Exception {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 7, 10));
        monitor.add(budget("year", BudgetPeriod.YEARLY, "1000000", List.of(),
                Set.of(ExcludedCharge.TAX, ExcludedCharge.CREDITS), "forecast:100"));

        BudgetStatus year = monitor.status("year", LocalDate.of(2025, 7, 10));
        BigDecimal lastWeek = readBack(june, LocalDate.of(2025, 6, 24), LocalDate.of(2025, 7, 1));
        long daysLeft = 184; // 2025-07-01 to 2025-12-31
        BigDecimal expected = year.spent().add(lastWeek.multiply(BigDecimal.valueOf(daysLeft))
                .divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_EVEN));
        assertEquals(0, expected.compareTo(year.forecast()), year.forecast() + " against " + expected);
        assertEquals(LocalDate.of(2025, 1, 1), year.periodStart());
        assertEquals(LocalDate.of(2026, 1, 1), year.periodEnd());
    }

    @Test
    void aThresholdIsRaisedOnceAndARestatementBelowItResolvesIt() throws Exception {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 7, 2));
        BigDecimal spent = june.expected().overall().total("UNBLENDED");
        // 80 % of the amount lies just below June's spend
        BigDecimal amount = spent.divide(new BigDecimal("0.8"), 2, RoundingMode.DOWN);
        monitor.add(budget("team", BudgetPeriod.MONTHLY, amount.toPlainString(), List.of(), Set.of(),
                "actual:80", "actual:100"));

        List<Alert> open = store.alerts().alerts(true);
        assertEquals(1, open.size(), open.toString());
        Alert alert = open.get(0);
        assertEquals("2025-06-01 actual:80", alert.condition());
        assertEquals(AlertState.OPEN, alert.state());
        assertEquals(0, spent.compareTo(alert.value()));
        assertEquals(amount.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP), alert.limit());
        assertEquals(1, posted.size());
        assertEquals("org/cloudspend/alert/BUDGET", posted.get(0).getTopic());
        assertEquals(alert.id(), posted.get(0).getProperty("id"));
        assertEquals("team", posted.get(0).getProperty("budget"));
        assertEquals("everything", posted.get(0).getProperty("scope"));
        assertEquals("cloudspend:cost -f 2025-06-01 -t 2025-06-30 -g day -b service -m unblended",
                posted.get(0).getProperty("question"));

        // evaluated again (another load, the daily run, another node): nothing new
        monitor.evaluate(LocalDate.of(2025, 7, 2));
        new BudgetMonitor(store.budgets(), store.queries(), store.alerts(), clock(LocalDate.of(2025, 7, 2)))
                .evaluate(LocalDate.of(2025, 7, 2));
        assertEquals(1, posted.size());
        assertEquals(1, store.alerts().alerts(false).size());

        // AWS restates June with a smaller month
        load(ExportSpec.of(ExportSpec.Family.CUR2, true, JUNE, 1_000, 12), "june-restated");
        monitor.evaluate(LocalDate.of(2025, 7, 2));
        assertEquals(AlertState.RESOLVED, store.alerts().alert(alert.id()).orElseThrow().state());
        assertEquals(2, posted.size());
        assertEquals("org/cloudspend/alert/BUDGET/RESOLVED", posted.get(1).getTopic());
        assertEquals(List.of(), store.alerts().alerts(true));
    }

    /** With the setting, each alert also goes out as Karaf Decanter's checker would post it. */
    @Test
    void inDecantersConventionAnAlertAndItsReturnToNormalAreDecanterAlerts() throws Exception {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 7, 2), true);
        monitor.add(budget("team", BudgetPeriod.MONTHLY, "1", List.of(), Set.of(), "actual:100"));
        assertEquals(List.of("org/cloudspend/alert/BUDGET", "decanter/alert/ERROR"),
                posted.stream().map(Event::getTopic).toList());
        Event decanter = posted.get(1);
        assertEquals("ERROR", decanter.getProperty("alertLevel"));
        assertEquals("spent", decanter.getProperty("alertAttribute"));
        assertEquals("actual:100", decanter.getProperty("alertPattern"));
        assertEquals(false, decanter.getProperty("alertBackToNormal"));
        assertEquals("cloudspend", decanter.getProperty("type"));
        assertEquals(posted.get(0).getProperty("summary"), decanter.getProperty("summary"));

        monitor.delete("team");
        assertEquals(List.of("org/cloudspend/alert/BUDGET/RESOLVED", "decanter/alert/ERROR"),
                posted.subList(2, 4).stream().map(Event::getTopic).toList());
        assertEquals(true, posted.get(3).getProperty("alertBackToNormal"));
    }

    @Test
    void aBudgetsScopeIsItsFilters() {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 7, 2));
        String account = june.expected().byUsageAccount().keySet().iterator().next();
        monitor.add(budget("one-account", BudgetPeriod.MONTHLY, "10", List.of(new Filter(
                GroupBy.of(Dimension.ACCOUNT), Set.of(account), false)), Set.of(), "actual:50"));
        BudgetStatus status = monitor.status("one-account", LocalDate.of(2025, 6, 1));
        assertEquals(0, june.expected().byUsageAccount().get(account).total("UNBLENDED").compareTo(status.spent()));
        assertEquals(store.budgets().budget("one-account").orElseThrow(), status.budget());
    }

    @Test
    void aForecastThresholdOfAPeriodThatIsOverRaisesNothing() {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 7, 2));
        monitor.add(budget("june", BudgetPeriod.MONTHLY, "1", List.of(), Set.of(), "forecast:100"));
        assertEquals(List.of(), store.alerts().alerts(false));
        assertEquals(List.of(), monitor.status("june", LocalDate.of(2025, 6, 1)).crossed());
        monitor.update(budget("june", BudgetPeriod.MONTHLY, "1", List.of(), Set.of(), "forecast:100", "actual:100"));
        assertEquals(List.of("2025-06-01 actual:100"), store.alerts().alerts(true).stream().map(Alert::condition)
                .toList());
    }

    @Test
    void aBudgetInAnotherCurrencyThanItsCostsIsRefusedAndNotKept() {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 6, 20));
        Budget euros = new Budget("euros", BudgetPeriod.MONTHLY, CostMeasure.UNBLENDED, BigDecimal.TEN, "EUR",
                List.of(BudgetThreshold.parse("actual:100")), List.of(), Set.of());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> monitor.add(euros));
        assertEquals("Budget euros is in EUR but its costs are in USD: cloudspend does not convert currencies (edit"
                + " the budget with --currency USD)", refused.getMessage());
        assertEquals(List.of(), store.budgets().budgets());
    }

    @Test
    void namesAreOneBudgetEach() {
        BudgetMonitor monitor = monitorOn(LocalDate.of(2025, 7, 2));
        monitor.add(budget("team", BudgetPeriod.MONTHLY, "10", List.of(), Set.of(), "actual:50"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> monitor.add(budget("team", BudgetPeriod.MONTHLY, "20", List.of(), Set.of(), "actual:50")));
        assertEquals("There is a budget 'team' already: change it with cloudspend:budget-edit", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> monitor.status("nobody", LocalDate.of(2025, 6, 1)));
        assertTrue(monitor.delete("team"));
        assertEquals(List.of(), store.budgets().budgets());
    }

    private BudgetMonitor monitorOn(LocalDate today) {
        return monitorOn(today, false);
    }

    private BudgetMonitor monitorOn(LocalDate today, boolean decanter) {
        BudgetMonitor monitor = new BudgetMonitor(store.budgets(), store.queries(), store.alerts(), clock(today),
                decanter);
        monitor.events = new RecordingEventAdmin(posted);
        return monitor;
    }

    private static Clock clock(LocalDate today) {
        return Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static Budget budget(String name, BudgetPeriod period, String amount, List<Filter> filters,
            Set<ExcludedCharge> excluded, String... thresholds) {
        return new Budget(name, period, CostMeasure.UNBLENDED, new BigDecimal(amount), "USD",
                java.util.Arrays.stream(thresholds).map(BudgetThreshold::parse).toList(), filters, excluded);
    }

    private GeneratedExport load(ExportSpec spec, String name) throws Exception {
        GeneratedExport month = ExportGenerator.generate(spec, folder.resolve(name));
        CurExportReader reader = new CurExportReader(new AwsTagNormalizer());
        try (CostLoad load = store.costs().begin(new LoadClaim("payer", new BillingPeriod(JUNE), month.deliveryId(),
                month.dataFileKeys())).orElseThrow()) {
            for (String key : month.dataFileKeys()) {
                reader.read(ExportType.CUR2, month.root().resolve(key), load);
            }
            load.commit();
        }
        return month;
    }

    /** The month's unblended cost from {@code from} up to {@code to}, less tax and credits, read from its files. */
    private static BigDecimal readBack(GeneratedExport month, LocalDate from, LocalDate to)
            throws ExportReadException {
        long[] scaled = {0};
        CurExportReader reader = new CurExportReader(new AwsTagNormalizer());
        for (String key : month.dataFileKeys()) {
            reader.read(ExportType.CUR2, month.root().resolve(key), item -> {
                LocalDate day = LocalDate.ofInstant(item.usageStart(), ZoneOffset.UTC);
                if (!day.isBefore(from) && day.isBefore(to) && !LEFT_OUT.contains(item.lineItemType())) {
                    scaled[0] = Math.addExact(scaled[0], item.costScaled(CostMeasure.UNBLENDED));
                }
            });
        }
        return Money.fromScaled(scaled[0]);
    }
}
