package org.cloudspend.api.budget;

import java.util.Locale;
import java.util.Set;

/** Charges a budget can leave out, as AWS Budgets can: each is a set of line item types. */
public enum ExcludedCharge {
    CREDITS(Set.of("Credit")),
    REFUNDS(Set.of("Refund")),
    TAX(Set.of("Tax")),
    /** One-time upfront fees of reservations and Savings Plans. */
    UPFRONT(Set.of("Fee", "SavingsPlanUpfrontFee"));

    private final Set<String> lineItemTypes;

    ExcludedCharge(Set<String> lineItemTypes) {
        this.lineItemTypes = lineItemTypes;
    }

    public Set<String> lineItemTypes() {
        return lineItemTypes;
    }

    /** The name people type: {@code credits}, {@code refunds}, {@code tax}, {@code upfront}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExcludedCharge of(String word) {
        for (ExcludedCharge charge : values()) {
            if (charge.word().equalsIgnoreCase(word.trim())) {
                return charge;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a charge a budget can leave out: credits, refunds,"
                + " tax or upfront");
    }
}
