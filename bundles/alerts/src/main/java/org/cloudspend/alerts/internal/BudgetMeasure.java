package org.cloudspend.alerts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetStatus;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;

/**
 * A budget's spend in one period, from the stored daily costs of its scope, and its forecast: the spend so far plus,
 * for each day left, the daily rate of the last (up to) {@value #RATE_DAYS} days with costs. Exact: the spend is the
 * store's DECIMAL sum; the forecast is rounded to 10 decimals, as the month-to-date forecast is.
 */
final class BudgetMeasure {

    static final int RATE_DAYS = 7;

    private BudgetMeasure() {
    }

    /** The budget in the period that holds {@code day}, measured on {@code today}. */
    static BudgetStatus of(Budget budget, LocalDate day, LocalDate today, CostQueryService costs) {
        LocalDate start = budget.period().start(day);
        LocalDate end = budget.period().endExclusive(start);
        CostResult result = costs.query(question(budget, start, end, Granularity.DAY));
        if (!result.rows().isEmpty() && !budget.currency().equals(result.currency())) {
            throw new IllegalArgumentException("Budget " + budget.name() + " is in " + budget.currency() + " but its"
                    + " costs are in " + result.currency() + ": cloudspend does not convert currencies (edit the"
                    + " budget with --currency " + result.currency() + ")");
        }
        TreeMap<LocalDate, BigDecimal> daily = new TreeMap<>();
        for (CostRow row : result.rows()) {
            daily.merge(row.bucket(), row.amount(), BigDecimal::add);
        }
        BigDecimal spent = result.total();
        Optional<LocalDate> through = daily.isEmpty() ? Optional.empty() : Optional.of(daily.lastKey());
        // a period that is over has no days left to foresee
        BigDecimal forecast = today.isBefore(end)
                ? through.map(last -> forecast(spent, daily, start, last, end)).orElse(spent) : spent;
        boolean over = !end.isAfter(today);
        List<BudgetThreshold> crossed = new ArrayList<>();
        for (BudgetThreshold threshold : budget.thresholds()) {
            // a period that is over has its spend, and no forecast to alert on
            boolean forecastOnly = threshold.basis() == BudgetThreshold.Basis.FORECAST;
            if (!(over && forecastOnly) && BudgetStatus.reaches(budget, threshold, spent, forecast)) {
                crossed.add(threshold);
            }
        }
        return new BudgetStatus(budget, start, end, through, spent, forecast, crossed);
    }

    /** The cost question that gives a budget's spend: its filters, less the charges it leaves out. */
    static CostQuery question(Budget budget, LocalDate from, LocalDate toExclusive, Granularity granularity) {
        List<Filter> filters = new ArrayList<>(budget.filters());
        Set<String> leftOut = new HashSet<>();
        for (ExcludedCharge charge : budget.excluded()) {
            leftOut.addAll(charge.lineItemTypes());
        }
        if (!leftOut.isEmpty()) {
            filters.add(new Filter(GroupBy.of(Dimension.LINE_ITEM_TYPE), leftOut, true));
        }
        return new CostQuery(from, toExclusive, granularity, List.of(), filters, budget.measure(), 0);
    }

    private static BigDecimal forecast(BigDecimal spent, TreeMap<LocalDate, BigDecimal> daily, LocalDate start,
            LocalDate through, LocalDate end) {
        long daysLeft = ChronoUnit.DAYS.between(through, end) - 1;
        if (daysLeft <= 0) {
            return spent;
        }
        LocalDate windowStart = through.minusDays(RATE_DAYS - 1L).isBefore(start) ? start
                : through.minusDays(RATE_DAYS - 1L);
        long windowDays = ChronoUnit.DAYS.between(windowStart, through) + 1;
        BigDecimal window = daily.subMap(windowStart, true, through, true).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rest = window.multiply(BigDecimal.valueOf(daysLeft))
                .divide(BigDecimal.valueOf(windowDays), 10, RoundingMode.HALF_EVEN);
        return spent.add(rest);
    }
}
