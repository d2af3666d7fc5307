package org.cloudspend.api.cost;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cloudspend.api.export.CostMeasure;

/**
 * A cost question.
 *
 * @param from first day, inclusive
 * @param to last day, exclusive
 * @param granularity day, month or the whole range
 * @param groupBy up to three groupings
 * @param filters include and exclude filters, all of which apply
 * @param measure the cost measure summed
 * @param topN keep the N largest groups per time bucket and sum the rest as {@value #OTHERS}; 0 keeps all
 */
public record CostQuery(
        LocalDate from,
        LocalDate to,
        Granularity granularity,
        List<GroupBy> groupBy,
        List<Filter> filters,
        CostMeasure measure,
        int topN) {

    /** The group that top N sums the rest into. */
    public static final String OTHERS = "(others)";

    /** The same question for the period just before this one (whole months shift by months, else by days). */
    public CostQuery previousPeriod() {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1;
        if (wholeMonths) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to);
            return new CostQuery(from.minusMonths(months), from, granularity, groupBy, filters, measure, topN);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return new CostQuery(from.minusDays(days), from, granularity, groupBy, filters, measure, topN);
    }

    public CostQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(measure, "measure");
        groupBy = List.copyOf(groupBy);
        filters = List.copyOf(filters);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The range is empty: " + from + " is not before " + to);
        }
        if (groupBy.size() > 3) {
            throw new IllegalArgumentException("Group by at most three dimensions, not " + groupBy.size());
        }
        if (topN < 0) {
            throw new IllegalArgumentException("Top N is 0 (all) or more, not " + topN);
        }
    }
}
