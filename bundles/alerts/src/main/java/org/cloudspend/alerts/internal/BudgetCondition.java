package org.cloudspend.alerts.internal;

import java.time.LocalDate;
import org.cloudspend.api.budget.BudgetThreshold;

/** The condition of a budget alert: a period, by its first day, and a threshold; {@code 2026-12-01 actual:80}. */
record BudgetCondition(LocalDate periodStart, BudgetThreshold threshold) {

    static BudgetCondition parse(String text) {
        int space = text.indexOf(' ');
        return new BudgetCondition(LocalDate.parse(text.substring(0, space)),
                BudgetThreshold.parse(text.substring(space + 1)));
    }

    @Override
    public String toString() {
        return periodStart + " " + threshold;
    }
}
