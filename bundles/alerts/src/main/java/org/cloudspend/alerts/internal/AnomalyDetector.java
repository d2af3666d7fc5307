package org.cloudspend.alerts.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertState;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.api.anomaly.Anomaly;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.anomaly.AnomalyMonitorRegistry;
import org.cloudspend.api.anomaly.AnomalyService;
import org.cloudspend.api.anomaly.Contributor;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.render.Cents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anomaly monitors against the stored daily costs ({@link DailyBaseline}). Days in a row that stand out are one
 * anomaly, named by its first day; each is an alert raised once, resolved when a restatement brings its first day
 * back under the baseline, and posted on Event Admin with where the money went (the usage types, regions, accounts and
 * resources that cost most above their own baselines that day).
 */
// the configuration BudgetMonitor designates: one PID, one metatype description
@Component(service = AnomalyService.class, configurationPid = "org.cloudspend.alerts")
public final class AnomalyDetector implements AnomalyService {

    /** The complete days each evaluation looks at: anomalies older than that keep their state. */
    static final int EVALUATED_DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(AnomalyDetector.class);
    private static final List<Dimension> CONTRIBUTORS = List.of(Dimension.USAGE_TYPE, Dimension.REGION,
            Dimension.ACCOUNT, Dimension.RESOURCE);
    private static final int TOP_CONTRIBUTORS = 5;

    private final AnomalyMonitorRegistry monitors;
    private final CostQueryService costs;
    private final AlertStore alerts;
    private final Clock clock;
    private final boolean decanter;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public AnomalyDetector(@Reference AnomalyMonitorRegistry monitors, @Reference CostQueryService costs,
            @Reference AlertStore alerts, AlertsConfig config) {
        this(monitors, costs, alerts, Clock.systemUTC(), config.decanter_alerts());
    }

    /** Outside OSGi: for tests, tools and benchmarks. */
    public AnomalyDetector(AnomalyMonitorRegistry monitors, CostQueryService costs, AlertStore alerts, Clock clock,
            boolean decanter) {
        this.monitors = monitors;
        this.costs = costs;
        this.alerts = alerts;
        this.clock = clock;
        this.decanter = decanter;
    }

    @Override
    public AnomalyMonitor add(AnomalyMonitor monitor) {
        if (monitors.monitor(monitor.name()).isPresent()) {
            throw new IllegalArgumentException("There is an anomaly monitor '" + monitor.name() + "' already");
        }
        monitors.save(monitor);
        evaluate(monitor, LocalDate.now(clock));
        return monitor;
    }

    @Override
    public boolean delete(String name) {
        boolean deleted = monitors.delete(name);
        AlertEvents.resolveAll(alerts, AlertKind.ANOMALY, name, clock.instant(),
                resolved -> publish(resolved, Map.of("monitor", name)));
        return deleted;
    }

    @Override
    public List<Anomaly> detect(String name, LocalDate from, LocalDate toExclusive) {
        AnomalyMonitor monitor = monitors.monitor(name).orElseThrow(() -> new IllegalArgumentException(
                "There is no anomaly monitor '" + name + "': see cloudspend:anomaly-monitor-list"));
        Series series = series(monitor, from.minusDays(DailyBaseline.HISTORY_DAYS), toExclusive);
        List<Anomaly> found = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            LocalDate judged = day;
            series.byValue().forEach((value, daily) -> judge(monitor, value, daily, judged, series.currency())
                    .ifPresent(found::add));
        }
        return found;
    }

    @Override
    public List<Anomaly> evaluate(LocalDate today) {
        List<Anomaly> found = new ArrayList<>();
        for (AnomalyMonitor monitor : monitors.monitors()) {
            try {
                found.addAll(evaluate(monitor, today));
            } catch (RuntimeException e) {
                LOG.warn("Anomaly monitor {} could not be evaluated: {}", monitor.name(), e.getMessage(), e);
            }
        }
        return found;
    }

    private List<Anomaly> evaluate(AnomalyMonitor monitor, LocalDate today) {
        Series series = series(monitor, today.minusDays(EVALUATED_DAYS + DailyBaseline.HISTORY_DAYS + 1L),
                today.plusDays(1));
        Optional<LocalDate> newest = series.byValue().values().stream().filter(daily -> !daily.isEmpty())
                .map(TreeMap::lastKey).max(LocalDate::compareTo);
        if (newest.isEmpty()) {
            return List.of();
        }
        // the newest day with costs is still arriving: judged once the next one has costs
        LocalDate last = newest.get().minusDays(1).isBefore(today) ? newest.get().minusDays(1) : today.minusDays(1);
        LocalDate first = last.minusDays(EVALUATED_DAYS - 1L);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Anomaly> found = new ArrayList<>();
        Set<String> holding = new HashSet<>();
        series.byValue().forEach((value, daily) -> {
            boolean previousStoodOut = false;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Optional<Anomaly> anomaly = judge(monitor, value, daily, day, series.currency());
                if (anomaly.isPresent() && !previousStoodOut) {
                    Anomaly withContributors = withContributors(monitor, anomaly.get());
                    found.add(withContributors);
                    Alert alert = alert(monitor, withContributors, now);
                    holding.add(alert.id());
                    alerts.raise(alert).ifPresent(raised -> publish(raised, details(monitor, withContributors)));
                }
                previousStoodOut = anomaly.isPresent();
            }
        });
        for (Alert alert : alerts.unresolved(AlertKind.ANOMALY, monitor.name())) {
            LocalDate day = LocalDate.parse(alert.condition().substring(0, 10));
            if (!day.isBefore(first) && !day.isAfter(last) && !holding.contains(alert.id())) {
                alerts.resolve(alert.id(), now).ifPresent(resolved -> publish(resolved,
                        Map.of("monitor", monitor.name())));
            }
        }
        return found;
    }

    /** The day of one value, if it stands out from its baseline. */
    private static Optional<Anomaly> judge(AnomalyMonitor monitor, String value,
            TreeMap<LocalDate, BigDecimal> daily, LocalDate day, String currency) {
        return DailyBaseline.expected(daily, day)
                .filter(expected -> DailyBaseline.standsOut(daily, day, expected, monitor.minImpact(),
                        monitor.minImpactPercent()))
                .map(expected -> new Anomaly(monitor.name(), value, day, expected,
                        daily.getOrDefault(day, BigDecimal.ZERO), currency, List.of()));
    }

    /** Each value's daily cost in a monitor's scope, and their currency. */
    private record Series(Map<String, TreeMap<LocalDate, BigDecimal>> byValue, String currency) {
    }

    /** Each value's daily cost in the monitor's scope, from {@code from} up to {@code to}. */
    private Series series(AnomalyMonitor monitor, LocalDate from, LocalDate to) {
        CostResult result = costs.query(new CostQuery(from, to, Granularity.DAY,
                monitor.dimension().map(List::of).orElse(List.of()), scope(monitor), monitor.measure(), 0));
        Map<String, TreeMap<LocalDate, BigDecimal>> byValue = new LinkedHashMap<>();
        for (CostRow row : result.rows()) {
            String value = row.group().isEmpty() ? Anomaly.AGGREGATE : row.group().get(0);
            byValue.computeIfAbsent(value, v -> new TreeMap<>()).merge(row.bucket(), row.amount(), BigDecimal::add);
        }
        return new Series(byValue, result.currency());
    }

    private static List<Filter> scope(AnomalyMonitor monitor) {
        List<Filter> filters = new ArrayList<>(monitor.filters());
        if (monitor.usageOnly()) {
            filters.add(new Filter(GroupBy.of(Dimension.LINE_ITEM_TYPE), Set.copyOf(AnomalyMonitor.NOT_USAGE), true));
        }
        return filters;
    }

    /** The anomaly with where its money went: finer values that day against their own weekday baselines. */
    private Anomaly withContributors(AnomalyMonitor monitor, Anomaly anomaly) {
        List<Filter> filters = new ArrayList<>(scope(monitor));
        if (monitor.dimension().isPresent()) {
            if (anomaly.value().isEmpty()) {
                return anomaly;
            }
            filters.add(new Filter(monitor.dimension().get(), Set.of(anomaly.value()), false));
        }
        List<Contributor> contributors = new ArrayList<>();
        for (Dimension dimension : CONTRIBUTORS) {
            GroupBy on = GroupBy.of(dimension);
            if (monitor.dimension().filter(on::equals).isPresent()) {
                continue;
            }
            CostResult result = costs.query(new CostQuery(anomaly.day().minusDays(DailyBaseline.HISTORY_DAYS),
                    anomaly.day().plusDays(1), Granularity.DAY, List.of(on), filters, monitor.measure(), 0));
            Map<String, Map<LocalDate, BigDecimal>> byValue = new HashMap<>();
            for (CostRow row : result.rows()) {
                byValue.computeIfAbsent(row.group().get(0), v -> new HashMap<>()).merge(row.bucket(), row.amount(),
                        BigDecimal::add);
            }
            byValue.forEach((value, daily) -> {
                BigDecimal expected = DailyBaseline.weekdayMedian(daily, anomaly.day());
                BigDecimal actual = daily.getOrDefault(anomaly.day(), BigDecimal.ZERO);
                if (actual.compareTo(expected) > 0 && !value.isEmpty()) {
                    contributors.add(new Contributor(on, value, expected, actual));
                }
            });
        }
        contributors.sort(Comparator.comparing(Contributor::impact).reversed());
        return new Anomaly(anomaly.monitor(), anomaly.value(), anomaly.day(), anomaly.expected(), anomaly.actual(),
                anomaly.currency(), contributors.subList(0, Math.min(TOP_CONTRIBUTORS, contributors.size())));
    }

    /** An anomaly's condition: its first day and its value, {@code 2026-12-02 AmazonEC2}. */
    private static String condition(Anomaly anomaly) {
        return anomaly.day() + " " + anomaly.value();
    }

    private static Alert alert(AnomalyMonitor monitor, Anomaly anomaly, Instant now) {
        String condition = condition(anomaly);
        String currency = " " + anomaly.currency();
        String summary = "Anomaly in " + anomaly.value() + " (monitor " + monitor.name() + ") on " + anomaly.day()
                + ": " + Cents.format(anomaly.actual()) + currency + " against " + Cents.format(anomaly.expected())
                + currency + " expected (+" + Cents.format(anomaly.impact())
                + anomaly.impactPercent().map(percent -> ", +" + percent.toPlainString() + "%").orElse("") + ")"
                + (anomaly.contributors().isEmpty() ? "" : "; most from " + describe(anomaly.contributors()));
        return new Alert(Alert.idOf(AlertKind.ANOMALY, monitor.name(), condition), AlertKind.ANOMALY, monitor.name(),
                condition, AlertState.OPEN, summary, anomaly.actual(), anomaly.expected(), anomaly.currency(), now,
                now);
    }

    /** {@code usage-type BoxUsage:m5.large +700.00, region us-east-1 +650.00}. */
    static String describe(List<Contributor> contributors) {
        return contributors.stream().map(c -> c.on().word() + " " + c.value() + " +" + Cents.format(c.impact()))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Object> details(AnomalyMonitor monitor, Anomaly anomaly) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("monitor", monitor.name());
        details.put("scope", Filter.scope(monitor.filters()));
        monitor.dimension().ifPresent(on -> details.put("dimension", on.word()));
        details.put("dimensionValue", anomaly.value());
        details.put("day", anomaly.day().toString());
        details.put("expected", anomaly.expected());
        details.put("actual", anomaly.actual());
        details.put("impact", anomaly.impact());
        anomaly.impactPercent().ifPresent(percent -> details.put("impactPercent", percent));
        details.put("contributors", describe(anomaly.contributors()));
        // the monitor's own scope, narrowed to the value
        List<Filter> filters = new ArrayList<>(scope(monitor));
        monitor.dimension().filter(on -> !anomaly.value().isEmpty())
                .ifPresent(on -> filters.add(new Filter(on, Set.of(anomaly.value()), false)));
        details.put("question", CostQuestions.daily(anomaly.day().minusDays(DailyBaseline.HISTORY_DAYS),
                anomaly.day(), "usage-type", monitor.measure(), filters));
        return details;
    }

    private void publish(Alert alert, Map<String, Object> details) {
        AlertEvents.post(events, decanter, alert, details, "cost", "expected "
                + Cents.format(alert.limit() == null ? BigDecimal.ZERO : alert.limit()), false);
    }
}
