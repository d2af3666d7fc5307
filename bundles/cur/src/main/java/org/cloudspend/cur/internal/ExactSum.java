package org.cloudspend.cur.internal;

import java.math.BigDecimal;
import org.cloudspend.api.export.Money;

/** Adds scaled amounts as longs while they fit and carries into a BigDecimal when they would not. */
final class ExactSum {

    private long sum;
    private BigDecimal carried = BigDecimal.ZERO;

    void add(long scaled) {
        long result = sum + scaled;
        // overflow only when both operands share a sign that the result lacks
        if (((sum ^ result) & (scaled ^ result)) < 0) {
            carried = carried.add(Money.fromScaled(sum));
            sum = scaled;
        } else {
            sum = result;
        }
    }

    BigDecimal total() {
        return carried.add(Money.fromScaled(sum));
    }
}
