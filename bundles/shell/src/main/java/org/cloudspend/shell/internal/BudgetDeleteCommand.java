package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.budget.BudgetService;

/** Removes a budget; its open alerts are resolved. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "budget-delete", description = "Removes a budget and resolves its alerts")
public class BudgetDeleteCommand extends CloudspendCommand {

    @Argument(index = 0, name = "name", required = true, description = "The budget")
    @Completion(BudgetNameCompleter.class)
    String name;

    @Reference
    BudgetService budgets;

    @Override
    protected Object run() {
        if (!budgets.delete(name)) {
            throw new IllegalArgumentException("There is no budget '" + name + "': see cloudspend:budget-list");
        }
        System.out.println("Budget " + name + " deleted; its alerts are resolved.");
        return null;
    }
}
