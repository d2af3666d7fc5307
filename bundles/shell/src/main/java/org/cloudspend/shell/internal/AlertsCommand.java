package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.render.AlertRendering;
import org.cloudspend.render.Precision;

/** The alerts budgets raised: open and acknowledged ones, or all. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "alerts", description = "Lists the alerts that are open or acknowledged (--all:"
        + " the resolved ones too)")
public class AlertsCommand extends CloudspendCommand {

    @Option(name = "-a", aliases = "--all", description = "Also the resolved alerts")
    boolean all;

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    AlertStore alerts;

    @Override
    protected Object run() {
        Output.print(AlertRendering.alerts(alerts.alerts(!all), !all), format, Precision.CENTS, System.out);
        return null;
    }
}
