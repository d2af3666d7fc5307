package org.cloudspend.store.internal;

import java.math.BigDecimal;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.MoneySum;

/** The exact sums of one daily fact: every cost measure, and the usage amount. */
final class FactSums {

    private final MoneySum[] measures = new MoneySum[CostMeasure.values().length];
    private BigDecimal usage = BigDecimal.ZERO;
    long rows;

    FactSums() {
        for (int i = 0; i < measures.length; i++) {
            measures[i] = new MoneySum();
        }
    }

    void add(LineItem item) {
        rows++;
        for (CostMeasure measure : CostMeasure.values()) {
            measures[measure.ordinal()].add(item.costScaled(measure));
        }
        BigDecimal amount = item.usageAmount();
        if (amount.signum() != 0) {
            usage = usage.add(amount);
        }
    }

    BigDecimal total(CostMeasure measure) {
        return measures[measure.ordinal()].total();
    }

    BigDecimal usage() {
        return usage;
    }
}
