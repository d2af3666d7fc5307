package org.cloudspend.shell.internal;

import java.time.Instant;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertStore;

/** Marks an alert as seen; it stays until its condition clears. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "alert-ack", description = "Acknowledges an alert: seen, kept until its"
        + " condition no longer holds")
public class AlertAckCommand extends CloudspendCommand {

    @Argument(index = 0, name = "id", required = true, description = "The alert, as cloudspend:alerts shows it")
    String id;

    @Reference
    AlertStore alerts;

    @Override
    protected Object run() {
        Alert alert = alerts.acknowledge(id, Instant.now()).orElseThrow(() -> new IllegalArgumentException(
                "There is no alert '" + id + "': see cloudspend:alerts"));
        System.out.println("Alert " + alert.id() + " is " + alert.state().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + alert.summary());
        return null;
    }
}
