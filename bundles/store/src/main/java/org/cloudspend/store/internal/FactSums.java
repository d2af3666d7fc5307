package org.cloudspend.store.internal;

import java.math.BigDecimal;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;

/**
 * The exact sums of one daily fact: every cost measure (as scaled longs, with a BigDecimal carry only when a sum would
 * overflow), the usage amount and the number of line items. A month holds about a million of these: they stay small.
 */
final class FactSums {

    private static final CostMeasure[] MEASURES = CostMeasure.values();

    private final long[] scaled = new long[MEASURES.length];
    /** Amounts carried out of {@link #scaled} before an overflow; null until one happens. */
    private BigDecimal[] carried;
    private BigDecimal usage = BigDecimal.ZERO;
    long rows;

    void add(LineItem item) {
        rows++;
        for (int i = 0; i < MEASURES.length; i++) {
            long amount = item.costScaled(MEASURES[i]);
            long sum = scaled[i];
            long result = sum + amount;
            // overflow only when both operands share a sign that the result lacks
            if (((sum ^ result) & (amount ^ result)) < 0) {
                carry(i, sum);
                scaled[i] = amount;
            } else {
                scaled[i] = result;
            }
        }
        BigDecimal amount = item.usageAmount();
        if (amount.signum() != 0) {
            usage = usage.add(amount);
        }
    }

    private void carry(int measure, long sum) {
        if (carried == null) {
            carried = new BigDecimal[MEASURES.length];
        }
        BigDecimal before = carried[measure] == null ? BigDecimal.ZERO : carried[measure];
        carried[measure] = before.add(Money.fromScaled(sum));
    }

    /** Whether the measure's total is {@link #scaled(CostMeasure)} alone (true unless a sum overflowed a long). */
    boolean fitsScaled(CostMeasure measure) {
        return carried == null || carried[measure.ordinal()] == null;
    }

    /** The measure's total scaled by 10^{@value Money#SCALE}, when {@link #fitsScaled(CostMeasure)}. */
    long scaled(CostMeasure measure) {
        return scaled[measure.ordinal()];
    }

    BigDecimal total(CostMeasure measure) {
        BigDecimal total = Money.fromScaled(scaled[measure.ordinal()]);
        return fitsScaled(measure) ? total : carried[measure.ordinal()].add(total);
    }

    BigDecimal usage() {
        return usage;
    }
}
