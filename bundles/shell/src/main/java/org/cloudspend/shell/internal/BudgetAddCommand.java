package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetService;
import org.cloudspend.render.BudgetRendering;

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
        System.out.println("Budget " + budget.name() + ": " + budget.amount().toPlainString() + " "
                + budget.currency() + " " + budget.period().word() + ", alerting at " + BudgetRendering.thresholds(
                budget) + "; scope " + BudgetRendering.scope(budget) + ". See cloudspend:budget-status "
                + budget.name());
        return null;
    }
}
