package org.cloudspend.shell.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.anomaly.AnomalyService;
import org.cloudspend.render.CostWords;

/** Adds an anomaly monitor: a dimension whose every value's daily cost is watched, or the total of a scope. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "anomaly-monitor-add", description = "Watches daily cost for anomalies: every"
        + " value of a dimension (each service, each account, ...) or the total of a scope")
public class AnomalyMonitorAddCommand extends CloudspendCommand {

    @Argument(index = 0, name = "name", required = true, description = "The monitor's name: letters, digits, . _ -")
    String name;

    @Option(name = "-d", aliases = "--dimension", description = "Watch every value of: service, account, region,"
            + " usage-type, tag:<key>, cost-category:<name>, customer (default: the scope's total)")
    String dimension;

    @Option(name = "-i", aliases = "--include", multiValued = true, description = "The scope, as in cost")
    List<String> include;

    @Option(name = "-x", aliases = "--exclude", multiValued = true, description = "The scope, as in cost")
    List<String> exclude;

    @Option(name = "-m", aliases = "--measure",
            description = "unblended (default), net-unblended, amortized or net-amortized")
    @Completion(value = StringsCompleter.class, values = {"unblended", "net-unblended", "amortized", "net-amortized"})
    String measure = "unblended";

    @Option(name = "--min-impact", description = "An anomaly costs at least this much more than expected in a day"
            + " (default 100; 0: no floor in money)")
    String minImpact = "100";

    @Option(name = "--min-percent", description = "and at least this many percent more (default 40; 0: no floor in"
            + " percent)")
    String minPercent = "40";

    @Option(name = "--all-charges", description = "Also watch what is not usage (tax, fees, credits, refunds,"
            + " commitment fees), which the first and last days of a month bring")
    boolean allCharges;

    @Reference
    AnomalyService anomalies;

    @Override
    protected Object run() {
        AnomalyMonitor monitor = anomalies.add(new AnomalyMonitor(name,
                Optional.ofNullable(dimension).map(CostWords::groupBy), CostWords.filters(include, exclude),
                CostWords.measure(measure), number(minImpact, "--min-impact"), number(minPercent, "--min-percent"),
                !allCharges));
        System.out.println("Anomaly monitor " + monitor.name() + ": " + monitor.dimension().map(on -> "each "
                + on.word()).orElse("the total") + ", anomalies from +" + monitor.minImpact().toPlainString()
                + " and +" + monitor.minImpactPercent().toPlainString() + "% a day over the weekday baseline of the"
                + " four weeks before. See cloudspend:anomalies");
        return null;
    }

    private static BigDecimal number(String text, String option) {
        if (!text.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException(option + " is a plain number, e.g. 100 or 12.5; got '" + text + "'");
        }
        return new BigDecimal(text);
    }
}
