package org.cloudspend.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.render.AlertRendering;
import org.cloudspend.render.Precision;

/** The anomalies the monitors found, each with where its money went. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "anomalies", description = "Lists the cost anomalies found: day, value, cost"
        + " against expected, and what contributed most")
public class AnomaliesCommand extends CloudspendCommand {

    @Option(name = "--open", description = "Only those not resolved")
    boolean open;

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    AlertStore alerts;

    @Override
    protected Object run() {
        List<Alert> anomalies = alerts.alerts(open).stream().filter(alert -> alert.kind() == AlertKind.ANOMALY)
                .toList();
        Output.print(AlertRendering.alerts(anomalies, open ? "No open anomalies." : "No anomalies found yet."),
                format, Precision.CENTS, System.out);
        return null;
    }
}
