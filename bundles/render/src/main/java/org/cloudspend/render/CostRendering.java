package org.cloudspend.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.PeriodComparison;
import org.cloudspend.api.msp.CustomerCosts;

/**
 * The answer to a cost question: a row per period and group with its cost, beside the previous period's for a
 * comparison, or beside the rebilled amount for a customer; the range, measure, currency and totals in the summary.
 */
public final class CostRendering {

    /** What a group without a value (an untagged resource) shows, in every format. */
    public static final String NONE = "(none)";

    private static final String REBILLED_ROUNDING = "Rebilled lines rounded to cents so that they add up to the"
            + " rebilled total (half to even, the remaining cents to the lines rounding moved furthest)";

    private CostRendering() {
    }

    public static Rendering of(CostResult result, Precision precision) {
        Rendering rendering = rows(result, null, null, false, precision);
        return rounding(footer(rendering, result, precision), result, precision);
    }

    /**
     * The current period's costs beside the previous period's: per group (previous amount and change) for a total,
     * else each period's rows, told apart by their range.
     */
    public static Rendering compared(PeriodComparison comparison, Precision precision) {
        CostResult current = comparison.current();
        boolean perGroup = current.query().granularity() == Granularity.TOTAL;
        Rendering rendering = rows(current, perGroup ? comparison.previous() : null, null, !perGroup, precision);
        if (!perGroup) {
            addRows(rendering, comparison.previous(), null, null, "previous", precision);
        }
        CostQuery before = comparison.previous().query();
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("from", before.from());
        previous.put("to", before.to().minusDays(1));
        previous.put("toExclusive", before.to());
        previous.put("total", comparison.previous().total());
        previous.put("changePercent", comparison.changePercent().orElse(null));
        rendering.summary("previous", previous);
        rendering.note("Previous period " + range(before) + ": " + Cents.format(comparison.previous().total(),
                precision) + " " + comparison.previous().currency() + comparison.changePercent()
                        .map(change -> ", change " + change.toPlainString() + "%").orElse(""));
        return rounding(footer(rendering, current, precision), current, precision);
    }

    /** A customer's costs beside what they are rebilled, with the customer's markup or discount applied. */
    public static Rendering forCustomer(CustomerCosts costs, Precision precision) {
        CostResult result = costs.costs();
        CostResult rebilled = costs.rebilled();
        Rendering rendering = rows(result, null, rebilled, false, precision);
        footer(rendering, result, precision);
        String markup = costs.markupPercent().stripTrailingZeros().toPlainString();
        rendering.summary("customer", costs.customer().id());
        rendering.summary("markupPercent", costs.markupPercent());
        rendering.summary("rebilledTotal", rebilled.total());
        rendering.note("Rebilled to " + costs.customer().name() + ": " + Cents.format(rebilled.total(), precision)
                + " " + rebilled.currency() + " (markup " + markup + "% on " + measure(result.query()) + ")");
        if (!costs.customer().currency().equals(rebilled.currency())) {
            rendering.note("Note: the costs are in " + rebilled.currency() + ", " + costs.customer().name()
                    + "'s display currency is " + costs.customer().currency() + "; cloudspend applies no exchange"
                    + " rate");
        }
        rounding(rendering, result, precision);
        if (precision == Precision.CENTS && !result.rows().isEmpty()) {
            rendering.note(REBILLED_ROUNDING);
        }
        return rendering;
    }

    private static Rendering rows(CostResult result, CostResult previous, CostResult rebilled, boolean ranges,
            Precision precision) {
        CostQuery query = result.query();
        String currency = result.currency();
        List<Column> columns = new ArrayList<>();
        if (ranges) {
            columns.add(Column.of("range", "Range", Column.Kind.TEXT));
        }
        Granularity granularity = query.granularity();
        // a total has one period, the range its footer names: a table repeats no first day in a column
        Column period = Column.of("period", granularity == Granularity.DAY ? "Day" : "Month",
                granularity == Granularity.DAY ? Column.Kind.DAY : Column.Kind.MONTH);
        columns.add(granularity == Granularity.TOTAL ? period.notInTable() : period);
        for (GroupBy group : query.groupBy()) {
            columns.add(Column.of(key(group), title(group), Column.Kind.TEXT));
        }
        columns.add(Column.of("cost", "Cost (" + currency + ")", Column.Kind.AMOUNT));
        if (rebilled != null) {
            columns.add(Column.of("rebilled", "Rebilled (" + currency + ")", Column.Kind.AMOUNT));
        }
        if (previous != null) {
            columns.add(Column.of("previous", "Previous (" + currency + ")", Column.Kind.AMOUNT));
            columns.add(Column.of("changePercent", "Change %", Column.Kind.DECIMAL).absentAs("new"));
        }
        columns.add(Column.of("currency", "Currency", Column.Kind.TEXT).notInTable());
        Rendering rendering = new Rendering(columns);
        addRows(rendering, result, previous, rebilled, ranges ? "current" : null, precision);
        return rendering;
    }

    private static void addRows(Rendering rendering, CostResult result, CostResult previous, CostResult rebilled,
            String range, Precision precision) {
        Map<List<String>, BigDecimal> before = new HashMap<>();
        if (previous != null) {
            previous.rows().forEach(row -> before.put(row.group(), row.amount()));
        }
        List<BigDecimal> rebilledAmounts = rebilled == null ? List.of() : rebilledAmounts(rebilled, precision);
        for (int index = 0; index < result.rows().size(); index++) {
            CostRow row = result.rows().get(index);
            List<Object> cells = new ArrayList<>();
            if (range != null) {
                cells.add(range);
            }
            cells.add(row.bucket());
            row.group().forEach(value -> cells.add(value.isEmpty() ? NONE : value));
            cells.add(row.amount());
            if (rebilled != null) {
                cells.add(rebilledAmounts.get(index));
            }
            if (previous != null) {
                BigDecimal amount = before.getOrDefault(row.group(), BigDecimal.ZERO);
                cells.add(amount);
                cells.add(PeriodComparison.change(row.amount(), amount).orElse(null));
            }
            cells.add(result.currency());
            rendering.row(cells.toArray());
        }
    }

    /** Exact, or in cents that add up to the rounded rebilled total. */
    private static List<BigDecimal> rebilledAmounts(CostResult rebilled, Precision precision) {
        List<BigDecimal> exact = rebilled.rows().stream().map(CostRow::amount).toList();
        return precision == Precision.FULL ? exact : Cents.allocate(exact);
    }

    private static Rendering footer(Rendering rendering, CostResult result, Precision precision) {
        CostQuery query = result.query();
        rendering.summary("measure", query.measure().name());
        rendering.summary("granularity", query.granularity().name());
        rendering.summary("from", query.from());
        rendering.summary("to", query.to().minusDays(1));
        rendering.summary("toExclusive", query.to());
        rendering.summary("currency", result.currency());
        rendering.summary("total", result.total());
        rendering.note("Total " + Cents.format(result.total(), precision) + " " + result.currency() + ", "
                + measure(query) + ", " + range(query));
        return rendering;
    }

    /** Says how the table's amounts were rounded, when they were. */
    private static Rendering rounding(Rendering rendering, CostResult result, Precision precision) {
        if (precision == Precision.CENTS && !result.rows().isEmpty()) {
            rendering.note(Cents.ROUNDING_NOTE);
        }
        return rendering;
    }

    /** The range as people read it: both days included. */
    public static String range(CostQuery query) {
        return query.from() + " to " + query.to().minusDays(1);
    }

    private static String measure(CostQuery query) {
        return query.measure().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A grouping's header in a table: {@code Service}, {@code Line item type}, {@code Tag environment}. */
    public static String title(GroupBy group) {
        String name = group.dimension().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return group.key() == null ? name : name + " " + group.key();
    }

    /** A grouping's name on the command line and in CSV and JSON: {@code service}, {@code tag:environment}. */
    public static String key(GroupBy group) {
        String name = group.dimension().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return group.key() == null ? name : name + ":" + group.key();
    }
}
