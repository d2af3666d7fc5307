package org.cloudspend.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.PeriodComparison;
import org.cloudspend.api.msp.CustomerCostService;
import org.cloudspend.api.msp.CustomerCosts;

/** Answers a cost question from the store: a table by default, or CSV or JSON for scripts. */
@Service
@Command(scope = "cloudspend", name = "cost", description = "Shows costs by account, service, region, usage type, tag,"
        + " cost category, day or month")
public class CostCommand implements Action {

    @Option(name = "-f", aliases = "--from", description = "First day, yyyy-mm-dd (default: the first of this month)")
    String from;

    @Option(name = "-t", aliases = "--to", description = "Day after the last, yyyy-mm-dd (default: tomorrow)")
    String to;

    @Option(name = "-g", aliases = "--granularity", description = "day, month (default) or total")
    @Completion(value = StringsCompleter.class, values = {"day", "month", "total"})
    String granularity = "month";

    @Option(name = "-b", aliases = "--group-by", multiValued = true,
            description = "Up to three of: " + CostArguments.DIMENSIONS + " (default: service)")
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

    @Option(name = "--format", description = "table (default), csv or json")
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    CostQueryService costs;

    @Reference(optional = true)
    CustomerCostService customerCosts;

    /** Set by customer-unassigned: the cost no mapping rule assigns, grouped by account unless told otherwise. */
    boolean unassignedOnly;

    PrintStream out = System.out;

    @Override
    public Object execute() {
        CostQuery query = query();
        if ((customer != null || unassignedOnly) && customerCosts == null) {
            throw new IllegalStateException("MSP customers are not installed here: feature:install cloudspend-msp");
        }
        if (compare && (customer != null || unassignedOnly)) {
            throw new IllegalArgumentException("--compare works on all costs, not on one customer's");
        }
        PeriodComparison comparison = compare ? costs.compare(query) : null;
        CustomerCosts forCustomer = customer != null ? customerCosts.query(customer, query) : null;
        CostResult result = comparison != null ? comparison.current() : forCustomer != null ? forCustomer.costs()
                : unassignedOnly ? customerCosts.unassigned(query) : costs.query(query);
        CostResult rebilled = forCustomer == null ? null : forCustomer.rebilled();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> {
                printTable(result, comparison, rebilled);
                if (forCustomer != null) {
                    out.println("Rebilled to " + forCustomer.customer().name() + ": "
                            + ExportInspectCommand.amount(rebilled.total()) + " " + rebilled.currency() + " (markup "
                            + forCustomer.markupPercent().stripTrailingZeros().toPlainString() + "% on "
                            + query.measure().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
                    if (!forCustomer.customer().currency().equals(rebilled.currency())) {
                        out.println("Note: the costs are in " + rebilled.currency() + ", " + forCustomer.customer()
                                .name() + "'s display currency is " + forCustomer.customer().currency()
                                + "; cloudspend applies no exchange rate");
                    }
                }
            }
            case "csv" -> printCsv(result, rebilled);
            case "json" -> printJson(result, rebilled);
            default -> throw new IllegalArgumentException("Unknown format '" + format + "': use table, csv or json");
        }
        return null;
    }

    CostQuery query() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<GroupBy> groups = new ArrayList<>();
        for (String group : groupBy == null ? List.of(unassignedOnly ? "account" : "service") : groupBy) {
            groups.add(CostArguments.groupBy(group));
        }
        List<Filter> filters = new ArrayList<>();
        if (include != null) {
            include.forEach(text -> filters.add(CostArguments.filter(text, false)));
        }
        if (exclude != null) {
            exclude.forEach(text -> filters.add(CostArguments.filter(text, true)));
        }
        Granularity bucket;
        try {
            bucket = Granularity.valueOf(granularity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown granularity '" + granularity + "': use day, month or total", e);
        }
        return new CostQuery(day(from, today.withDayOfMonth(1), "--from"), day(to, today.plusDays(1), "--to"), bucket,
                groups, filters, CostArguments.measure(measure), top);
    }

    private static LocalDate day(String text, LocalDate fallback, String option) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " is a day, yyyy-mm-dd; got '" + text + "'", e);
        }
    }

    private void printTable(CostResult result, PeriodComparison comparison, CostResult rebilled) {
        boolean perGroup = comparison != null && result.query().granularity() == Granularity.TOTAL;
        Map<List<String>, BigDecimal> previous = new HashMap<>();
        if (perGroup) {
            comparison.previous().rows().forEach(row -> previous.put(row.group(), row.amount()));
        }
        Granularity granularity = result.query().granularity();
        ShellTable table = new ShellTable();
        // a total has one period, the range the last line names: no column repeats its first day
        if (granularity != Granularity.TOTAL) {
            table.column(granularity == Granularity.MONTH ? "Month" : "Day");
        }
        for (GroupBy group : result.query().groupBy()) {
            table.column(title(group));
        }
        table.column("Cost").alignRight();
        if (rebilled != null) {
            table.column("Rebilled").alignRight();
        }
        if (perGroup) {
            table.column("Previous").alignRight();
            table.column("Change %").alignRight();
        }
        for (int index = 0; index < result.rows().size(); index++) {
            CostRow row = result.rows().get(index);
            List<Object> cells = new ArrayList<>();
            if (granularity != Granularity.TOTAL) {
                cells.add(granularity == Granularity.MONTH ? row.bucket().toString().substring(0, 7)
                        : row.bucket().toString());
            }
            row.group().forEach(value -> cells.add(value.isEmpty() ? "(none)" : value));
            cells.add(ExportInspectCommand.amount(row.amount()));
            if (rebilled != null) {
                cells.add(ExportInspectCommand.amount(rebilled.rows().get(index).amount()));
            }
            if (perGroup) {
                BigDecimal before = previous.getOrDefault(row.group(), BigDecimal.ZERO);
                cells.add(ExportInspectCommand.amount(before));
                cells.add(PeriodComparison.change(row.amount(), before).map(BigDecimal::toPlainString).orElse("new"));
            }
            table.addRow().addContent(cells);
        }
        table.print(out);
        if (comparison != null) {
            CostQuery before = comparison.previous().query();
            out.println("Previous period " + before.from() + " to " + before.to().minusDays(1) + ": "
                    + ExportInspectCommand.amount(comparison.previous().total()) + " " + comparison.previous().currency()
                    + comparison.changePercent().map(change -> ", change " + change.toPlainString() + "%")
                            .orElse(""));
        }
        out.println("Total " + ExportInspectCommand.amount(result.total()) + " " + result.currency() + ", "
                + result.query().measure().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                + result.query().from() + " to " + result.query().to().minusDays(1));
    }

    private void printCsv(CostResult result, CostResult rebilled) {
        List<String> header = new ArrayList<>();
        header.add("period");
        result.query().groupBy().forEach(group -> header.add(title(group)));
        header.add("cost");
        if (rebilled != null) {
            header.add("rebilled");
        }
        header.add("currency");
        out.println(String.join(",", header.stream().map(CostCommand::csv).toList()));
        for (int index = 0; index < result.rows().size(); index++) {
            CostRow row = result.rows().get(index);
            List<String> cells = new ArrayList<>();
            cells.add(row.bucket().toString());
            cells.addAll(row.group());
            cells.add(row.amount().toPlainString());
            if (rebilled != null) {
                cells.add(rebilled.rows().get(index).amount().toPlainString());
            }
            cells.add(result.currency());
            out.println(String.join(",", cells.stream().map(CostCommand::csv).toList()));
        }
    }

    private void printJson(CostResult result, CostResult rebilled) {
        StringBuilder json = new StringBuilder("{\"measure\": ").append(quote(result.query().measure().name()))
                .append(", \"currency\": ").append(quote(result.currency()))
                .append(", \"total\": ").append(result.total().toPlainString());
        if (rebilled != null) {
            json.append(", \"rebilledTotal\": ").append(rebilled.total().toPlainString());
        }
        json.append(", \"rows\": [");
        String separator = "";
        for (int index = 0; index < result.rows().size(); index++) {
            CostRow row = result.rows().get(index);
            json.append(separator).append("{\"period\": ").append(quote(row.bucket().toString()));
            for (int i = 0; i < row.group().size(); i++) {
                json.append(", ").append(quote(title(result.query().groupBy().get(i)))).append(": ")
                        .append(quote(row.group().get(i)));
            }
            json.append(", \"cost\": ").append(row.amount().toPlainString());
            if (rebilled != null) {
                json.append(", \"rebilled\": ").append(rebilled.rows().get(index).amount().toPlainString());
            }
            json.append('}');
            separator = ", ";
        }
        out.println(json.append("]}"));
    }

    private static String title(GroupBy group) {
        String name = group.dimension().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return group.key() == null ? name : name + ":" + group.key();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
