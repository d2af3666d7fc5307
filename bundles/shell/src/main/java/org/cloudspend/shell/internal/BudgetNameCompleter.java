package org.cloudspend.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetRegistry;

/** Completes the names of the budgets. */
@Service
public class BudgetNameCompleter implements Completer {

    @Reference
    BudgetRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(registry.budgets().stream().map(Budget::name).toList())
                .complete(session, commandLine, candidates);
    }
}
