package org.cloudspend.store.internal;

import java.util.List;
import java.util.Optional;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Budgets, kept beside the costs they are measured against. */
@Component(service = BudgetRegistry.class)
public final class StoredBudgets implements BudgetRegistry {

    private final StoreDatabase database;

    @Activate
    public StoredBudgets(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public List<Budget> budgets() {
        return database.question("list the budgets", c -> BudgetTables.budgets(c, null));
    }

    @Override
    public Optional<Budget> budget(String name) {
        return database.question("read budget " + name, c -> BudgetTables.budgets(c, name).stream().findFirst());
    }

    @Override
    public void save(Budget budget) {
        database.transaction("save budget " + budget.name(), session -> {
            BudgetTables.save(session.connection(), budget);
            return null;
        });
    }

    @Override
    public boolean delete(String name) {
        return database.transaction("delete budget " + name,
                session -> BudgetTables.delete(session.connection(), name));
    }
}
