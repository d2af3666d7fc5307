package org.cloudspend.api.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a budget stands in one period.
 *
 * @param budget the budget
 * @param periodStart the period's first day
 * @param periodEnd the first day after the period
 * @param through the last day with costs in its scope, if any
 * @param spent the spend from the period's start through {@code through}, exact
 * @param forecast the period's spend foreseen: {@code spent} plus the daily rate of the last (up to) seven days with
 *        costs for each day left; {@code spent} once the period is over
 * @param crossed the thresholds reached, in the budget's order
 */
public record BudgetStatus(Budget budget, LocalDate periodStart, LocalDate periodEnd, Optional<LocalDate> through,
        BigDecimal spent, BigDecimal forecast, List<BudgetThreshold> crossed) {

    public BudgetStatus {
        crossed = List.copyOf(crossed);
    }

    /** The spend as a percentage of the amount, to one decimal. */
    public BigDecimal spentPercent() {
        return percentOfAmount(spent);
    }

    /** The forecast as a percentage of the amount, to one decimal. */
    public BigDecimal forecastPercent() {
        return percentOfAmount(forecast);
    }

    private BigDecimal percentOfAmount(BigDecimal value) {
        return value.movePointRight(2).divide(budget.amount(), 1, RoundingMode.HALF_UP);
    }

    /** Whether a threshold is reached: the actual spend or the forecast at or above its share of the amount. */
    public static boolean reaches(Budget budget, BudgetThreshold threshold, BigDecimal spent, BigDecimal forecast) {
        BigDecimal value = threshold.basis() == BudgetThreshold.Basis.ACTUAL ? spent : forecast;
        // exact: value / amount >= percent / 100
        return value.movePointRight(2).compareTo(budget.amount().multiply(threshold.percent())) >= 0;
    }
}
