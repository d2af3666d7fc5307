package org.cloudspend.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.msp.CustomerCostService;
import org.cloudspend.render.CostRendering;
import org.cloudspend.render.CostWords;
import org.cloudspend.render.Precision;
import org.cloudspend.render.Rendering;

/** Answers a cost question from the store: a table by default, or CSV or JSON for scripts. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "cost", description = "Shows costs by account, service, region, usage type, tag,"
        + " cost category, day or month")
public class CostCommand extends CloudspendCommand {

    @Option(name = "-f", aliases = "--from", description = "First day, yyyy-mm-dd (default: the first of this month)")
    String from;

    @Option(name = "-t", aliases = "--to", description = "Last day, included, yyyy-mm-dd (default: today, UTC)")
    String to;

    @Option(name = "-p", aliases = "--period", description = "A whole " + DayRange.PERIOD_FORMS
            + ", instead of --from and --to")
    String period;

    @Option(name = "--last", description = "The last days, months or years through today: 30d, 3m (this month and the"
            + " two before), 1y")
    String last;

    @Option(name = "-g", aliases = "--granularity", description = "day, month (default) or total")
    @Completion(value = StringsCompleter.class, values = {"day", "month", "total"})
    String granularity = "month";

    @Option(name = "-b", aliases = "--group-by", multiValued = true,
            description = "Up to three of: " + CostWords.DIMENSIONS + " (default: service)")
    List<String> groupBy;

    @Option(name = "-i", aliases = "--include", multiValued = true,
            description = "Keep only these: dimension=value[,value], e.g. tag:environment=prod")
    List<String> include;

    @Option(name = "-x", aliases = "--exclude", multiValued = true,
            description = "Leave these out: dimension=value[,value], e.g. line-item-type=Tax")
    List<String> exclude;

    @Option(name = "-m", aliases = "--measure",
            description = "unblended (default), net-unblended, amortized or net-amortized")
    @Completion(value = StringsCompleter.class, values = {"unblended", "net-unblended", "amortized", "net-amortized"})
    String measure = "unblended";

    @Option(name = "-n", aliases = "--top", description = "Show the N largest groups per period, the rest as (others)")
    int top;

    @Option(name = "-c", aliases = "--compare", description = "Compare with the period before: the same number of"
            + " months for whole months, else of days (per group with --granularity total)")
    boolean compare;

    @Option(name = "--customer", description = "Only this MSP customer's costs, with their rebilled amounts (the"
            + " customer's markup or discount applied)")
    String customer;

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Option(name = "--precision", description = "cents (default: amounts rounded as people read them) or full (every"
            + " decimal stored); CSV and JSON always keep every decimal")
    @Completion(value = StringsCompleter.class, values = {"cents", "full"})
    String precision = "cents";

    @Reference
    CostQueryService costs;

    @Reference(optional = true)
    CustomerCostService customerCosts;

    /** Set by customer-unassigned: the cost no mapping rule assigns, grouped by account unless told otherwise. */
    boolean unassignedOnly;

    PrintStream out = System.out;

    /** The day the range's defaults count from. */
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Override
    protected Object run() {
        CostQuery query = query();
        String shape = Output.format(format);
        // CSV and JSON are for scripts: exact, whatever a table would round
        Precision exactness = shape.equals("table") ? Output.precision(precision) : Precision.FULL;
        if ((customer != null || unassignedOnly) && customerCosts == null) {
            throw new IllegalStateException("MSP customers are not installed here: feature:install cloudspend-msp");
        }
        if (compare && (customer != null || unassignedOnly)) {
            throw new IllegalArgumentException("--compare works on all costs, not on one customer's");
        }
        Rendering rendering;
        if (compare) {
            rendering = CostRendering.compared(costs.compare(query), exactness);
        } else if (customer != null) {
            rendering = CostRendering.forCustomer(customerCosts.query(customer, query), exactness);
        } else {
            rendering = CostRendering.of(unassignedOnly ? customerCosts.unassigned(query) : costs.query(query),
                    exactness);
        }
        Output.print(rendering, shape, exactness, out);
        return null;
    }

    CostQuery query() {
        DayRange range = DayRange.of(from, to, period, last, today);
        List<GroupBy> groups = new ArrayList<>();
        for (String group : groupBy == null ? List.of(unassignedOnly ? "account" : "service") : groupBy) {
            groups.add(CostWords.groupBy(group));
        }
        List<Filter> filters = CostWords.filters(include, exclude);
        Granularity bucket = CostWords.granularity(granularity);
        if (top < 0) {
            throw new IllegalArgumentException("--top is a number of groups, 1 or more (0: all); got " + top);
        }
        return new CostQuery(range.from(), range.toExclusive(), bucket, groups, filters,
                CostWords.measure(measure), top);
    }
}
