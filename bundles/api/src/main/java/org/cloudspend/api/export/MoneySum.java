package org.cloudspend.api.export;

import java.math.BigDecimal;

/**
 * An exact running total of {@link Money}-scaled amounts: added as longs while they fit, carried into a BigDecimal
 * before they would overflow. Not thread-safe.
 */
public final class MoneySum {

    private long sum;
    private BigDecimal carried = BigDecimal.ZERO;

    public void add(long scaled) {
        long result = sum + scaled;
        // overflow only when both operands share a sign that the result lacks
        if (((sum ^ result) & (scaled ^ result)) < 0) {
            carried = carried.add(Money.fromScaled(sum));
            sum = scaled;
        } else {
            sum = result;
        }
    }

    public void add(BigDecimal amount) {
        carried = carried.add(amount);
    }

    /** The exact total, with {@value Money#SCALE} decimals. */
    public BigDecimal total() {
        return carried.add(Money.fromScaled(sum)).setScale(Money.SCALE);
    }
}
