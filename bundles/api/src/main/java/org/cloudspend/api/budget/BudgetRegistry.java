package org.cloudspend.api.budget;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Where budgets are kept. */
@ProviderType
public interface BudgetRegistry {

    /** Every budget, by name. */
    List<Budget> budgets();

    Optional<Budget> budget(String name);

    /** Adds the budget, or replaces the one of that name. */
    void save(Budget budget);

    /** Removes the budget; false if there was none of that name. */
    boolean delete(String name);
}
