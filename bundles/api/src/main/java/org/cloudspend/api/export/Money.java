package org.cloudspend.api.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money as a {@code long} scaled by 10^10: AWS writes costs with up to 10 decimals, so a line item rounded to
 * 10 decimals keeps every realistic total exact to the cent, and adding longs is fast where millions of rows are summed.
 */
public final class Money {

    /** Decimals kept. */
    public static final int SCALE = 10;

    private Money() {
    }

    /** The scaled value, rounded half-even to {@link #SCALE} decimals; fails rather than overflow. */
    public static long toScaled(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    public static BigDecimal fromScaled(long scaled) {
        return BigDecimal.valueOf(scaled, SCALE);
    }
}
