package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.anomaly.AnomalyMonitorRegistry;
import org.cloudspend.render.AnomalyRendering;
import org.cloudspend.render.Precision;

/** The anomaly monitors. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "anomaly-monitor-list", description = "Lists the anomaly monitors")
public class AnomalyMonitorListCommand extends CloudspendCommand {

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    AnomalyMonitorRegistry registry;

    @Override
    protected Object run() {
        Output.print(AnomalyRendering.monitors(registry.monitors()), format, Precision.CENTS, System.out);
        return null;
    }
}
