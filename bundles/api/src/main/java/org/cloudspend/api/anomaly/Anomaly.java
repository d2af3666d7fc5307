package org.cloudspend.api.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A day whose cost was well above what the baseline expected.
 *
 * @param monitor the monitor that found it
 * @param value the dimension's value ({@value #AGGREGATE} for a monitor without dimension)
 * @param day the day
 * @param expected the baseline's cost for the day
 * @param actual the day's cost
 * @param currency of both
 * @param contributors where the difference is, largest first
 */
public record Anomaly(String monitor, String value, LocalDate day, BigDecimal expected, BigDecimal actual,
        String currency, List<Contributor> contributors) {

    /** The value of a monitor that watches one aggregate. */
    public static final String AGGREGATE = "(all)";

    public Anomaly {
        contributors = List.copyOf(contributors);
    }

    public BigDecimal impact() {
        return actual.subtract(expected);
    }

    /** The impact in percent of the expected cost, to one decimal; empty when nothing was expected. */
    public java.util.Optional<BigDecimal> impactPercent() {
        return expected.signum() <= 0 ? java.util.Optional.empty() : java.util.Optional.of(
                impact().movePointRight(2).divide(expected, 1, RoundingMode.HALF_UP));
    }
}
