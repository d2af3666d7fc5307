package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Shows which of cloudspend's services run in this container and which bundle provides each. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "status", description = "Shows which cloudspend services are running")
public class StatusCommand extends CloudspendCommand {

    @Reference
    BundleContext bundleContext;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Capability");
        table.column("Service");
        table.column("Status");
        table.column("Provided by");
        int running = 0;
        for (CloudspendServices.Entry entry : CloudspendServices.ALL) {
            ServiceReference<?> reference = bundleContext.getServiceReference(entry.type().getName());
            if (reference != null) {
                running++;
            }
            table.addRow().addContent(
                    entry.capability(),
                    entry.type().getSimpleName(),
                    reference == null ? "not installed" : "running",
                    reference == null ? "" : reference.getBundle().getSymbolicName());
        }
        table.print(System.out);
        System.out.println(running + " of " + CloudspendServices.ALL.size() + " cloudspend services running");
        return null;
    }
}
