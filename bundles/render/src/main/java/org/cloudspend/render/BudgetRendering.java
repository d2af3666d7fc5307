package org.cloudspend.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetStatus;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.Filter;

/** Budgets as defined, and where they stand in a period. */
public final class BudgetRendering {

    private BudgetRendering() {
    }

    public static Rendering budgets(List<Budget> budgets) {
        Rendering rendering = new Rendering(List.of(
                Column.of("name", "Budget", Column.Kind.TEXT),
                Column.of("period", "Period", Column.Kind.TEXT),
                Column.of("amount", "Amount", Column.Kind.AMOUNT),
                Column.of("currency", "Currency", Column.Kind.TEXT),
                Column.of("measure", "Measure", Column.Kind.TEXT),
                Column.of("thresholds", "Thresholds", Column.Kind.TEXT),
                Column.of("scope", "Scope", Column.Kind.TEXT),
                Column.of("excluded", "Leaves out", Column.Kind.TEXT).absentAs("-")))
                .whenEmpty("No budgets yet: cloudspend:budget-add adds one.");
        for (Budget budget : budgets) {
            rendering.row(budget.name(), budget.period().word(), budget.amount(), budget.currency(),
                    budget.measure().name().toLowerCase(Locale.ROOT).replace('_', '-'), thresholds(budget),
                    scope(budget), budget.excluded().isEmpty() ? null : budget.excluded().stream()
                            .map(ExcludedCharge::word).sorted().collect(Collectors.joining(",")));
        }
        return rendering;
    }

    /** One row per budget: spend and forecast against the amount, and the thresholds reached. */
    public static Rendering statuses(List<BudgetStatus> statuses) {
        Rendering rendering = new Rendering(List.of(
                Column.of("name", "Budget", Column.Kind.TEXT),
                Column.of("periodStart", "Period from", Column.Kind.DAY),
                Column.of("periodEnd", "Period to", Column.Kind.DAY).notInTable(),
                Column.of("through", "Costs through", Column.Kind.DAY).absentAs("no costs yet"),
                Column.of("amount", "Amount", Column.Kind.AMOUNT),
                Column.of("spent", "Spent", Column.Kind.AMOUNT),
                Column.of("spentPercent", "Spent %", Column.Kind.DECIMAL),
                Column.of("forecast", "Forecast", Column.Kind.AMOUNT),
                Column.of("forecastPercent", "Forecast %", Column.Kind.DECIMAL),
                Column.of("currency", "Currency", Column.Kind.TEXT),
                Column.of("crossed", "Thresholds reached", Column.Kind.TEXT).absentAs("none")))
                .whenEmpty("No budgets yet: cloudspend:budget-add adds one.");
        for (BudgetStatus status : statuses) {
            rendering.row(status.budget().name(), status.periodStart(), status.periodEnd(),
                    status.through().orElse(null), status.budget().amount(), status.spent(), status.spentPercent(),
                    status.forecast(), status.forecastPercent(), status.budget().currency(),
                    status.crossed().isEmpty() ? null : status.crossed().stream().map(BudgetThreshold::toString)
                            .collect(Collectors.joining(", ")));
        }
        return rendering;
    }

    /** The thresholds as typed: {@code actual:80, forecast:100}. */
    public static String thresholds(Budget budget) {
        return budget.thresholds().stream().map(BudgetThreshold::toString).collect(Collectors.joining(", "));
    }

    /** The filters as typed after -i and -x; {@code everything} without any. */
    public static String scope(Budget budget) {
        return Filter.scope(budget.filters());
    }
}
