package org.cloudspend.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.MonthToDate;
import org.cloudspend.render.CostWords;
import org.cloudspend.render.MonthToDateRendering;

/** Where this month stands: cost so far, against last month over the same days, and the month-end forecast. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "month-to-date",
        description = "Shows this month's cost so far, the change from last month and a month-end forecast")
public class MonthToDateCommand extends CloudspendCommand {

    @Option(name = "-d", aliases = "--day", description = "The day to stand on, yyyy-mm-dd (default: today, UTC)")
    String day;

    @Option(name = "-m", aliases = "--measure",
            description = "unblended (default), net-unblended, amortized or net-amortized")
    String measure = "unblended";

    @Option(name = "-i", aliases = "--include", multiValued = true, description = "Keep only these: dimension=value")
    List<String> include;

    @Option(name = "-x", aliases = "--exclude", multiValued = true, description = "Leave these out: dimension=value")
    List<String> exclude;

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Option(name = "--precision", description = "cents (default) or full (every decimal stored)")
    @Completion(value = StringsCompleter.class, values = {"cents", "full"})
    String precision = "cents";

    @Reference
    CostQueryService costs;

    PrintStream out = System.out;

    @Override
    protected Object run() {
        LocalDate today = day == null ? LocalDate.now(ZoneOffset.UTC) : DayRange.day(day, "--day");
        MonthToDate month = costs.monthToDate(today, CostWords.measure(measure),
                CostWords.filters(include, exclude));
        Output.print(MonthToDateRendering.of(month), format, Output.precision(precision), out);
        return null;
    }
}
