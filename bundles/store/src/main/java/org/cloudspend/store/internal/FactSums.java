package org.cloudspend.store.internal;

import java.math.BigDecimal;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;

/** The exact sums of one daily fact: every cost measure (scaled longs, carried into decimals before they overflow). */
final class FactSums {

    private final long[] scaled = new long[CostMeasure.values().length];
    private final BigDecimal[] carried = new BigDecimal[CostMeasure.values().length];
    private BigDecimal usage = BigDecimal.ZERO;
    long rows;

    void add(LineItem item) {
        rows++;
        for (CostMeasure measure : CostMeasure.values()) {
            int i = measure.ordinal();
            long value = item.costScaled(measure);
            long sum = scaled[i] + value;
            if (((scaled[i] ^ sum) & (value ^ sum)) < 0) {
                carried[i] = total(measure);
                scaled[i] = value;
            } else {
                scaled[i] = sum;
            }
        }
        BigDecimal amount = item.usageAmount();
        if (amount.signum() != 0) {
            usage = usage.add(amount);
        }
    }

    BigDecimal total(CostMeasure measure) {
        int i = measure.ordinal();
        BigDecimal sum = Money.fromScaled(scaled[i]);
        return carried[i] == null ? sum : carried[i].add(sum);
    }

    BigDecimal usage() {
        return usage;
    }
}
