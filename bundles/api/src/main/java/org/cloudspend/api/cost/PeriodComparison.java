package org.cloudspend.api.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A cost query beside the same question asked of the period just before it: the same number of months when the range
 * is whole months, else the same number of days.
 */
public record PeriodComparison(CostResult current, CostResult previous) {

    /** The change of the total in percent, two decimals; empty when the previous total is zero. */
    public Optional<BigDecimal> changePercent() {
        return change(current.total(), previous.total());
    }

    /** The change from {@code before} to {@code now} in percent, two decimals; empty when {@code before} is zero. */
    public static Optional<BigDecimal> change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(now.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before.abs(), 2, RoundingMode.HALF_EVEN));
    }
}
