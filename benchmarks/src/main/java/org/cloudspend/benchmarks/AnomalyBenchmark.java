package org.cloudspend.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.cloudspend.alerts.internal.AnomalyDetector;
import org.cloudspend.api.anomaly.Anomaly;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.store.internal.StandaloneStore;

/**
 * How well the anomaly monitors find what was injected, and how often they cry wolf: a history of many services
 * ({@link AnomalyHistory}) is loaded into an embedded store (one month restated by a second delivery), a monitor on the
 * service dimension judges every day that has four weeks before it, as the daily evaluation would have, and the days
 * it flags are compared with the ground truth (written beside as {@code anomaly-truth.csv}). Not a test: it prints
 * recall per kind, false alerts per 1,000 monitor-days on the clean days (month starts and tax days among them), and
 * the time of the replay and of one evaluation.
 * {@code AnomalyBenchmark [values, default 300] [folder, default benchmarks/target/anomalies]}
 */
public final class AnomalyBenchmark {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 120;
    private static final BigDecimal MIN_IMPACT = new BigDecimal("40");
    private static final BigDecimal MIN_PERCENT = new BigDecimal("20");
    /** The targets apply to injected changes of at least this much a day and this many percent. */
    private static final BigDecimal TARGET_PER_DAY = new BigDecimal("50");
    private static final BigDecimal TARGET_PERCENT = new BigDecimal("30");
    /** The days after a step or a new service in which flags belong to it. */
    private static final int AFTER_CHANGE = 28;

    private AnomalyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int values = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "benchmarks/target/anomalies"));
        AnomalyHistory history = new AnomalyHistory(values, FIRST, DAYS, 2025);
        writeTruth(history, folder.resolve("anomaly-truth.csv"));

        Path database = folder.resolve("anomalies-" + values + ".duckdb");
        Files.deleteIfExists(database);
        Files.deleteIfExists(folder.resolve("anomalies-" + values + ".duckdb.wal"));
        try (StandaloneStore store = StandaloneStore.duckDb(database)) {
            for (YearMonth month = YearMonth.from(FIRST); !month.atDay(1).isAfter(FIRST.plusDays(DAYS - 1L));
                    month = month.plusMonths(1)) {
                load(store, history, new BillingPeriod(month), "first", false);
            }
            load(store, history, new BillingPeriod(YearMonth.from(FIRST).plusMonths(1)), "restated", true);

            LocalDate end = FIRST.plusDays(DAYS);
            AnomalyDetector detector = new AnomalyDetector(store.anomalyMonitors(), store.queries(), store.alerts(),
                    Clock.fixed(end.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC), false);
            store.anomalyMonitors().save(new AnomalyMonitor("services", Optional.of(GroupBy.of(Dimension.SERVICE)),
                    List.of(), CostMeasure.UNBLENDED, MIN_IMPACT, MIN_PERCENT, true));

            Map<String, TreeSet<LocalDate>> flagged = new HashMap<>();
            LocalDate judgedFrom = FIRST.plusDays(35);
            long replayStart = System.nanoTime();
            for (Anomaly anomaly : detector.detect("services", judgedFrom, end)) {
                flagged.computeIfAbsent(anomaly.value(), v -> new TreeSet<>()).add(anomaly.day());
            }
            long replay = System.nanoTime() - replayStart;
            int judgedDays = (int) java.time.temporal.ChronoUnit.DAYS.between(judgedFrom, end);
            long evaluateStart = System.nanoTime();
            int raised = detector.evaluate(end).size();
            long evaluate = System.nanoTime() - evaluateStart;

            report(history, flagged, judgedFrom, end, judgedDays, replay, evaluate, raised);
        }
    }

    private static void load(StandaloneStore store, AnomalyHistory history, BillingPeriod period, String delivery,
            boolean restated) throws Exception {
        try (CostLoad load = store.costs().begin(new LoadClaim("payer", period, delivery, List.of("history")))
                .orElseThrow()) {
            for (LineItem item : history.month(period, restated)) {
                load.accept(item);
            }
            load.commit();
        }
    }

    private static void report(AnomalyHistory history, Map<String, TreeSet<LocalDate>> flagged, LocalDate judgedFrom,
            LocalDate end, int judgedDays, long replay, long evaluate, int raised) {
        // flags on days in a row are one alert, named by its first day
        Map<String, List<LocalDate>> runs = new HashMap<>();
        flagged.forEach((value, days) -> {
            List<LocalDate> starts = new ArrayList<>();
            LocalDate previous = null;
            for (LocalDate day : days) {
                if (previous == null || !day.equals(previous.plusDays(1))) {
                    starts.add(day);
                }
                previous = day;
            }
            runs.put(value, starts);
        });
        Map<AnomalyHistory.Kind, int[]> recall = new EnumMap<>(AnomalyHistory.Kind.class);
        Map<String, AnomalyHistory.Injected> byValue = new HashMap<>();
        long excludedDays = 0;
        for (AnomalyHistory.Injected change : history.injected) {
            byValue.put(change.value(), change);
            if (change.day().isBefore(judgedFrom)) {
                continue;
            }
            if (change.kind() != AnomalyHistory.Kind.NEW_SERVICE) {
                excludedDays += change.kind() == AnomalyHistory.Kind.SPIKE ? 1
                        : Math.min(AFTER_CHANGE, java.time.temporal.ChronoUnit.DAYS.between(change.day(), end));
            }
            boolean eligible = change.kind() != AnomalyHistory.Kind.NEW_SERVICE
                    && change.perDay().compareTo(TARGET_PER_DAY) >= 0 && change.percent().compareTo(TARGET_PERCENT) >= 0;
            if (eligible) {
                int[] counts = recall.computeIfAbsent(change.kind(), k -> new int[2]);
                counts[1]++;
                List<LocalDate> starts = runs.getOrDefault(change.value(), List.of());
                if (starts.contains(change.day()) || starts.contains(change.day().plusDays(1))) {
                    counts[0]++;
                }
            }
        }
        int falseAlerts = 0;
        int falseOnMonthEdges = 0;
        int onNewServices = 0;
        for (Map.Entry<String, List<LocalDate>> entry : runs.entrySet()) {
            AnomalyHistory.Injected change = byValue.get(entry.getKey());
            for (LocalDate start : entry.getValue()) {
                boolean explained = change != null && change.kind() != AnomalyHistory.Kind.NEW_SERVICE
                        && !start.isBefore(change.day())
                        && (change.kind() == AnomalyHistory.Kind.SPIKE ? start.isBefore(change.day().plusDays(2))
                                : start.isBefore(change.day().plusDays(AFTER_CHANGE)));
                if (!explained) {
                    falseAlerts++;
                    if (change != null && change.kind() == AnomalyHistory.Kind.NEW_SERVICE) {
                        onNewServices++;
                    }
                    if (start.getDayOfMonth() == 1 || start.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
                        falseOnMonthEdges++;
                    }
                }
            }
        }
        long cleanDays = (long) history.values * judgedDays - excludedDays;
        System.out.printf(Locale.ROOT, "%d monitored values, %d days (%s to %s), %d judged days each, %d injected"
                + " changes; monitor: min impact %s and %s%%, usage only%n", history.values, history.days, FIRST,
                end.minusDays(1), judgedDays, history.injected.size(), MIN_IMPACT, MIN_PERCENT);
        recall.forEach((kind, counts) -> System.out.printf(Locale.ROOT, "  recall, %s of >= %s%% and >= %s a day:"
                + " %d of %d (%.1f%%)%n", kind, TARGET_PERCENT, TARGET_PER_DAY, counts[0], counts[1],
                100.0 * counts[0] / Math.max(1, counts[1])));
        System.out.printf(Locale.ROOT, "  false alerts: %d in %,d clean monitor-days = %.2f per 1,000 (%d on a first or"
                + " last day of a month, %d on services new in the history)%n", falseAlerts, cleanDays,
                1000.0 * falseAlerts / cleanDays, falseOnMonthEdges, onNewServices);
        System.out.printf(Locale.ROOT, "  replay, every judged day: %.2f s (%.1f ms a day for %d values); one"
                + " evaluation (the last 7 days, with contributors and alerts): %.3f s, %d anomalies%n", replay / 1e9,
                replay / 1e6 / judgedDays, history.values, evaluate / 1e9, raised);
    }

    private static void writeTruth(AnomalyHistory history, Path file) throws Exception {
        StringBuilder csv = new StringBuilder("value,kind,day,per_day,percent\n");
        for (AnomalyHistory.Injected change : history.injected) {
            csv.append(change.value()).append(',').append(change.kind()).append(',').append(change.day()).append(',')
                    .append(change.perDay().toPlainString()).append(',').append(change.percent().toPlainString())
                    .append('\n');
        }
        Files.writeString(file, csv);
    }
}
