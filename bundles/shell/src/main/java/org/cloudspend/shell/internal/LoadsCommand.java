package org.cloudspend.shell.internal;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;

/** The load history, newest first. */
@Service
@Command(scope = "cloudspend", name = "loads", description = "Shows the load history: which delivery replaced which"
        + " billing period, rows, totals, duration, errors")
public class LoadsCommand implements Action {

    @Option(name = "-n", aliases = "--limit", description = "How many loads to show (default 20)")
    int limit = 20;

    @Reference
    CostStore store;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Started (UTC)");
        table.column("Export");
        table.column("Period");
        table.column("Delivery");
        table.column("Line items").alignRight();
        table.column("Daily facts").alignRight();
        table.column("Unblended").alignRight();
        table.column("Seconds").alignRight();
        table.column("Result");
        for (LoadRecord load : store.loads(limit)) {
            table.addRow().addContent(load.startedAt().toString().replace('T', ' ').replaceFirst("\\..*Z|Z", ""),
                    load.claim().exportId(), load.claim().period(), load.claim().deliveryId(), load.rowsIn(),
                    load.rowsOut(), load.totals().containsKey(CostMeasure.UNBLENDED)
                            ? ExportInspectCommand.amount(load.totals().get(CostMeasure.UNBLENDED)) : "",
                    String.format(Locale.ROOT, "%.1f", load.duration().toMillis() / 1000.0),
                    load.error().map(error -> "failed: " + error).orElse("loaded"));
        }
        table.print(System.out);
        return null;
    }
}
