package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetRegistry;
import org.cloudspend.api.budget.BudgetService;

/** Changes a budget: what an option gives replaces what was there; the rest stays. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "budget-edit", description = "Changes a budget's amount, period, measure,"
        + " thresholds, scope or left-out charges (what is not given stays)")
public class BudgetEditCommand extends BudgetOptions {

    @Reference
    BudgetRegistry registry;

    @Reference
    BudgetService budgets;

    @Override
    protected Object run() {
        Budget was = registry.budget(name).orElseThrow(() -> new IllegalArgumentException("There is no budget '"
                + name + "': see cloudspend:budget-list"));
        Budget budget = budgets.update(budget(was));
        System.out.println(described(budget));
        return null;
    }
}
