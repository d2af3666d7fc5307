package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.Overlap;

/** Usage accounts whose costs arrive through both their payer's export and their own, and which one counts. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "overlaps", description = "Lists usage accounts whose costs arrive through both"
        + " their payer's export and a linked account's own export: the payer's export counts, the other is left out")
public class OverlapsCommand extends CloudspendCommand {

    @Reference
    CostStore store;

    @Override
    protected Object run() {
        var overlaps = store.overlaps();
        if (overlaps.isEmpty()) {
            System.out.println("No usage account arrives through two exports.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Period");
        table.column("Usage account");
        table.column("Counted from");
        table.column("Left out of");
        for (Overlap overlap : overlaps) {
            table.addRow().addContent(overlap.period(), overlap.usageAccount(), overlap.payerExportId(),
                    overlap.exportId());
        }
        table.print(System.out);
        return null;
    }
}
