package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.anomaly.AnomalyService;

/** Removes an anomaly monitor; its alerts are resolved. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "anomaly-monitor-delete", description = "Removes an anomaly monitor and"
        + " resolves its alerts")
public class AnomalyMonitorDeleteCommand extends CloudspendCommand {

    @Argument(index = 0, name = "name", required = true, description = "The monitor")
    String name;

    @Reference
    AnomalyService anomalies;

    @Override
    protected Object run() {
        if (!anomalies.delete(name)) {
            throw new IllegalArgumentException("There is no anomaly monitor '" + name
                    + "': see cloudspend:anomaly-monitor-list");
        }
        System.out.println("Anomaly monitor " + name + " deleted; its alerts are resolved.");
        return null;
    }
}
