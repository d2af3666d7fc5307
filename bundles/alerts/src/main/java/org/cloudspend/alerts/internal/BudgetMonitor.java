package org.cloudspend.alerts.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertState;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetRegistry;
import org.cloudspend.api.budget.BudgetService;
import org.cloudspend.api.budget.BudgetStatus;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.render.Cents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Budgets against the stored costs: each threshold reached in the current or the previous period (a restatement can
 * change either) is an alert, raised once and resolved when it no longer holds, and posted on Event Admin when this
 * node raised or resolved it.
 */
@Component(service = BudgetService.class, configurationPid = "org.cloudspend.alerts")
@Designate(ocd = AlertsConfig.class)
public final class BudgetMonitor implements BudgetService {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetMonitor.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BudgetRegistry budgets;
    private final CostQueryService costs;
    private final AlertStore alerts;
    private final Clock clock;
    private final boolean decanter;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public BudgetMonitor(@Reference BudgetRegistry budgets, @Reference CostQueryService costs,
            @Reference AlertStore alerts, AlertsConfig config) {
        this(budgets, costs, alerts, Clock.systemUTC(), config.decanter_alerts());
    }

    BudgetMonitor(BudgetRegistry budgets, CostQueryService costs, AlertStore alerts, Clock clock) {
        this(budgets, costs, alerts, clock, false);
    }

    BudgetMonitor(BudgetRegistry budgets, CostQueryService costs, AlertStore alerts, Clock clock, boolean decanter) {
        this.budgets = budgets;
        this.costs = costs;
        this.alerts = alerts;
        this.clock = clock;
        this.decanter = decanter;
    }

    @Override
    public Budget add(Budget budget) {
        if (budgets.budget(budget.name()).isPresent()) {
            throw new IllegalArgumentException("There is a budget '" + budget.name() + "' already: change it with"
                    + " cloudspend:budget-edit");
        }
        BudgetMeasure.of(budget, today(), today(), costs); // refuses what cannot be measured before it is kept
        budgets.save(budget);
        evaluate(budget, today());
        return budget;
    }

    @Override
    public Budget update(Budget budget) {
        existing(budget.name());
        BudgetMeasure.of(budget, today(), today(), costs);
        budgets.save(budget);
        evaluate(budget, today());
        return budget;
    }

    @Override
    public boolean delete(String name) {
        boolean deleted = budgets.delete(name);
        AlertEvents.resolveAll(alerts, AlertKind.BUDGET, name, clock.instant(),
                resolved -> publish(resolved, Map.of("budget", name)));
        return deleted;
    }

    @Override
    public BudgetStatus status(String name, LocalDate day) {
        return BudgetMeasure.of(existing(name), day, today(), costs);
    }

    @Override
    public List<BudgetStatus> statuses(LocalDate day) {
        List<BudgetStatus> statuses = new ArrayList<>();
        for (Budget budget : budgets.budgets()) {
            statuses.add(BudgetMeasure.of(budget, day, today(), costs));
        }
        return statuses;
    }

    @Override
    public List<BudgetStatus> evaluate(LocalDate today) {
        List<BudgetStatus> statuses = new ArrayList<>();
        for (Budget budget : budgets.budgets()) {
            try {
                statuses.add(evaluate(budget, today));
            } catch (RuntimeException e) {
                LOG.warn("Budget {} could not be evaluated: {}", budget.name(), e.getMessage(), e);
            }
        }
        return statuses;
    }

    /** Raises what the budget's current and previous periods reach, resolves what they no longer do. */
    private BudgetStatus evaluate(Budget budget, LocalDate today) {
        BudgetStatus current = BudgetMeasure.of(budget, today, today, costs);
        BudgetStatus previous = BudgetMeasure.of(budget, current.periodStart().minusDays(1), today, costs);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<String> holding = new HashSet<>();
        for (BudgetStatus status : List.of(previous, current)) {
            for (BudgetThreshold threshold : status.crossed()) {
                Alert alert = alert(status, threshold, now);
                holding.add(alert.id());
                alerts.raise(alert).ifPresent(raised -> publish(raised, details(status, threshold)));
            }
        }
        Set<LocalDate> measured = Set.of(previous.periodStart(), current.periodStart());
        for (Alert alert : alerts.unresolved(AlertKind.BUDGET, budget.name())) {
            BudgetCondition condition = BudgetCondition.parse(alert.condition());
            boolean thresholdGone = !budget.thresholds().contains(condition.threshold());
            if (thresholdGone || measured.contains(condition.periodStart()) && !holding.contains(alert.id())) {
                alerts.resolve(alert.id(), now).ifPresent(resolved -> publish(resolved, Map.of("budget",
                        budget.name())));
            }
        }
        return current;
    }

    private static Alert alert(BudgetStatus status, BudgetThreshold threshold, Instant now) {
        Budget budget = status.budget();
        String condition = new BudgetCondition(status.periodStart(), threshold).toString();
        boolean actual = threshold.basis() == BudgetThreshold.Basis.ACTUAL;
        BigDecimal value = actual ? status.spent() : status.forecast();
        BigDecimal limit = budget.thresholdAmount(threshold);
        String summary = "Budget " + budget.name() + " (" + budget.period().word() + " from " + status.periodStart()
                + "): " + (actual ? "the spend " : "the forecast ") + Cents.format(value) + " " + budget.currency()
                + (actual ? " has reached " : " reaches ") + threshold.percent().toPlainString() + "% of "
                + Cents.format(budget.amount()) + " " + budget.currency()
                + (threshold.percent().compareTo(HUNDRED) == 0 ? "" : " (" + Cents.format(limit) + ")");
        return new Alert(Alert.idOf(AlertKind.BUDGET, budget.name(), condition), AlertKind.BUDGET, budget.name(),
                condition, AlertState.OPEN, summary, value, limit, budget.currency(), now, now);
    }

    /** What a budget's alert event carries besides the alert: the period, the threshold, the question. */
    private static Map<String, Object> details(BudgetStatus status, BudgetThreshold threshold) {
        Budget budget = status.budget();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("budget", budget.name());
        details.put("scope", Filter.scope(budget.filters()));
        details.put("period", budget.period().word());
        details.put("periodStart", status.periodStart().toString());
        details.put("periodEnd", status.periodEnd().toString());
        details.put("threshold", threshold.toString());
        details.put("basis", threshold.basis().name());
        details.put("percent", threshold.percent());
        details.put("amount", budget.amount());
        details.put("spent", status.spent());
        details.put("forecast", status.forecast());
        details.put("question", question(status));
        return details;
    }

    /** The shell question that shows where the budget's spend went, by service and day. */
    static String question(BudgetStatus status) {
        Budget budget = status.budget();
        return CostQuestions.daily(status.periodStart(), status.periodEnd().minusDays(1), "service", budget.measure(),
                BudgetMeasure.question(budget, status.periodStart(), status.periodEnd(), Granularity.DAY).filters());
    }

    private void publish(Alert alert, Map<String, Object> details) {
        BudgetThreshold threshold = BudgetCondition.parse(alert.condition()).threshold();
        AlertEvents.post(events, decanter, alert, details,
                threshold.basis() == BudgetThreshold.Basis.ACTUAL ? "spent" : "forecast", threshold.toString(),
                threshold.percent().compareTo(HUNDRED) >= 0);
    }

    private Budget existing(String name) {
        return budgets.budget(name).orElseThrow(() -> new IllegalArgumentException("There is no budget '" + name
                + "': see cloudspend:budget-list"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
