package org.cloudspend.api.export;

/** The ways of counting cost that AWS exports support. */
public enum CostMeasure {
    /** What the invoice adds up to: the sum of the unblended cost of every line item type. */
    UNBLENDED,
    /** Unblended after discounts; equal to {@link #UNBLENDED} where an account has no discounts. */
    NET_UNBLENDED,
    /** Reservation and Savings Plan fees spread over the usage they cover. */
    AMORTIZED,
    /** Amortized after discounts; equal to {@link #AMORTIZED} where an account has no discounts. */
    NET_AMORTIZED
}
