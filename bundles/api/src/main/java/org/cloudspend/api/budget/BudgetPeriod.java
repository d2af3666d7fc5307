package org.cloudspend.api.budget;

import java.time.LocalDate;

/** How long a budget's amount lasts; periods start on the first of a month, a quarter, a year (UTC days). */
public enum BudgetPeriod {
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    BudgetPeriod(int months) {
        this.months = months;
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate start(LocalDate day) {
        int monthIndex = (day.getMonthValue() - 1) / months * months;
        return LocalDate.of(day.getYear(), monthIndex + 1, 1);
    }

    /** The first day after the period that starts on {@code start}. */
    public LocalDate endExclusive(LocalDate start) {
        return start.plusMonths(months);
    }

    /** The name people type: {@code monthly}, {@code quarterly}, {@code yearly}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The period a word names, or an error listing the words. */
    public static BudgetPeriod of(String word) {
        for (BudgetPeriod period : values()) {
            if (period.word().equalsIgnoreCase(word.trim())) {
                return period;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a budget period: monthly, quarterly or yearly");
    }
}
