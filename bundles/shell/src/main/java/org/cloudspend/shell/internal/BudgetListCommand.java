package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.budget.BudgetRegistry;
import org.cloudspend.render.BudgetRendering;
import org.cloudspend.render.Precision;

/** The budgets as defined. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "budget-list", description = "Lists the budgets: amount, period, thresholds,"
        + " scope")
public class BudgetListCommand extends CloudspendCommand {

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    BudgetRegistry registry;

    @Override
    protected Object run() {
        Output.print(BudgetRendering.budgets(registry.budgets()), format, Precision.CENTS, System.out);
        return null;
    }
}
