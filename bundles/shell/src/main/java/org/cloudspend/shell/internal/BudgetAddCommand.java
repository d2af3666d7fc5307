package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetService;

/** Adds a budget; it is measured at once and after every load. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "budget-add", description = "Adds a budget: an amount per period within a scope,"
        + " alerting when the spend or the forecast reaches its thresholds")
public class BudgetAddCommand extends BudgetOptions {

    @Reference
    BudgetService budgets;

    @Override
    protected Object run() {
        if (amount == null) {
            throw new IllegalArgumentException("A budget needs --amount, e.g. --amount 1000");
        }
        Budget budget = budgets.add(budget(null));
        System.out.println(described(budget) + " See cloudspend:budget-status " + budget.name());
        return null;
    }
}
