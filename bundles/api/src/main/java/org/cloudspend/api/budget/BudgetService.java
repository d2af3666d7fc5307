package org.cloudspend.api.budget;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Budgets measured against the stored costs, and alerts raised where their thresholds are reached. */
@ProviderType
public interface BudgetService {

    /** Adds a budget; refused if one of that name exists. */
    Budget add(Budget budget);

    /** Replaces a budget of that name; refused if there is none. Its alerts are evaluated again. */
    Budget update(Budget budget);

    /** Removes a budget and resolves its open alerts; false if there was none. */
    boolean delete(String name);

    /** The budget's standing in the period that holds {@code day}. */
    BudgetStatus status(String name, LocalDate day);

    /** Every budget's standing in the period that holds {@code day}. */
    List<BudgetStatus> statuses(LocalDate day);

    /**
     * Measures every budget in the period that holds {@code today} and the one before (a restatement can change
     * either), raises an alert for each threshold newly reached and resolves those no longer reached.
     *
     * @return the statuses of the current periods
     */
    List<BudgetStatus> evaluate(LocalDate today);
}
