package org.cloudspend.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.MonthToDate;
import org.cloudspend.api.cost.PeriodComparison;

/** Where this month stands: cost so far, against last month over the same days, and the month-end forecast. */
@Service
@Command(scope = "cloudspend", name = "month-to-date",
        description = "Shows this month's cost so far, the change from last month and a month-end forecast")
public class MonthToDateCommand implements Action {

    @Option(name = "-d", aliases = "--day", description = "The day to stand on, yyyy-mm-dd (default: today, UTC)")
    String day;

    @Option(name = "-m", aliases = "--measure",
            description = "unblended (default), net-unblended, amortized or net-amortized")
    String measure = "unblended";

    @Option(name = "-i", aliases = "--include", multiValued = true, description = "Keep only these: dimension=value")
    List<String> include;

    @Option(name = "-x", aliases = "--exclude", multiValued = true, description = "Leave these out: dimension=value")
    List<String> exclude;

    @Reference
    CostQueryService costs;

    PrintStream out = System.out;

    @Override
    public Object execute() {
        List<Filter> filters = new ArrayList<>();
        if (include != null) {
            include.forEach(text -> filters.add(CostArguments.filter(text, false)));
        }
        if (exclude != null) {
            exclude.forEach(text -> filters.add(CostArguments.filter(text, true)));
        }
        LocalDate today = day == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(day);
        MonthToDate month = costs.monthToDate(today, CostArguments.measure(measure), filters);
        out.println("Month                  " + month.month() + " (costs through " + month.through() + ")");
        out.println("Month to date          " + ExportInspectCommand.amount(month.monthToDate()) + " " + month.currency());
        out.println("Last month, same days  " + ExportInspectCommand.amount(month.previousSameDays())
                + PeriodComparison.change(month.monthToDate(), month.previousSameDays())
                        .map(change -> " (change " + change.toPlainString() + "%)").orElse(""));
        out.println("Last month             " + ExportInspectCommand.amount(month.previousMonth()));
        out.println("Forecast               " + ExportInspectCommand.amount(month.forecast()) + " (daily run rate)");
        return null;
    }
}
