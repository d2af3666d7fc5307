package org.cloudspend.shell.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.budget.BudgetService;
import org.cloudspend.api.budget.BudgetStatus;
import org.cloudspend.render.BudgetRendering;

/** Where budgets stand: this period and the one before. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "budget-status", description = "Shows each budget's spend and forecast against"
        + " its amount, and the thresholds reached, this period and the one before")
public class BudgetStatusCommand extends CloudspendCommand {

    @Argument(index = 0, name = "name", description = "One budget (default: every budget)")
    @Completion(BudgetNameCompleter.class)
    String name;

    @Option(name = "-d", aliases = "--day", description = "The day to stand on, yyyy-mm-dd (default: today, UTC)")
    String day;

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Option(name = "--precision", description = "cents (default) or full (every decimal stored)")
    @Completion(value = StringsCompleter.class, values = {"cents", "full"})
    String precision = "cents";

    @Reference
    BudgetService budgets;

    @Override
    protected Object run() {
        LocalDate today = day == null ? LocalDate.now(ZoneOffset.UTC) : DayRange.day(day, "--day");
        List<BudgetStatus> statuses = new ArrayList<>();
        for (BudgetStatus current : name == null ? budgets.statuses(today) : List.of(budgets.status(name, today))) {
            statuses.add(current);
            statuses.add(budgets.status(current.budget().name(), current.periodStart().minusDays(1)));
        }
        Output.print(BudgetRendering.statuses(statuses), format, Output.precision(precision), System.out);
        return null;
    }
}
