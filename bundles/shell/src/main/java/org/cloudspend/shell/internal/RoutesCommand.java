package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.ingest.IngestService;
import org.cloudspend.api.ingest.RouteInfo;

/** The routes of cloudspend's CamelContext and where each comes from. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "routes", description = "Lists the routes of cloudspend's CamelContext: its own,"
        + " one per account, those of route files in etc/cloudspend/routes and of route builder services")
public class RoutesCommand extends CloudspendCommand {

    @Reference
    IngestService ingest;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Route");
        table.column("Status");
        table.column("From");
        table.column("Endpoint");
        for (RouteInfo route : ingest.routes()) {
            table.addRow().addContent(route.id(), route.status(), route.origin(), route.from());
        }
        table.print(System.out);
        return null;
    }
}
