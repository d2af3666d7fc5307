package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.render.LoadRendering;
import org.cloudspend.render.Precision;

/** The load history, newest first. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "loads", description = "Shows the load history: which delivery replaced which"
        + " billing period, rows, totals, duration, errors")
public class LoadsCommand extends CloudspendCommand {

    @Option(name = "-n", aliases = "--limit", description = "How many loads to show, newest first (default 20)")
    int limit = 20;

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    CostStore store;

    @Override
    protected Object run() {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit is a number of loads, 1 or more; got " + limit);
        }
        Output.print(LoadRendering.of(store.loads(limit)), format, Precision.CENTS, System.out);
        return null;
    }
}
