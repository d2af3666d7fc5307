package org.cloudspend.api.budget;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A point at which a budget alerts: a percentage of its amount, reached by the actual spend so far or by the forecast
 * of the period's spend (as AWS Budgets offers).
 */
public record BudgetThreshold(Basis basis, BigDecimal percent) {

    /** What the percentage is compared with. */
    public enum Basis {
        ACTUAL,
        FORECAST
    }

    public BudgetThreshold {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(new BigDecimal("1000")) > 0) {
            throw new IllegalArgumentException("A threshold is a percentage of the amount above 0 and at most 1000,"
                    + " not " + percent.toPlainString());
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    /** {@code actual:80} or {@code forecast:100} (a trailing % is allowed). */
    public static BudgetThreshold parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a threshold: actual:<percent> or"
                    + " forecast:<percent>, e.g. actual:80");
        }
        Basis basis;
        try {
            basis = Basis.valueOf(text.substring(0, colon).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a threshold: it starts with actual: or"
                    + " forecast:", e);
        }
        String number = text.substring(colon + 1).trim();
        number = number.endsWith("%") ? number.substring(0, number.length() - 1) : number;
        if (!number.matches("\\d{1,4}(\\.\\d{1,4})?")) {
            throw new IllegalArgumentException("'" + text + "' is not a threshold: the percentage is a plain number,"
                    + " e.g. actual:80 or forecast:100");
        }
        return new BudgetThreshold(basis, new BigDecimal(number));
    }

    /** As people type it: {@code actual:80}. */
    @Override
    public String toString() {
        return basis.name().toLowerCase(Locale.ROOT) + ":" + percent.toPlainString();
    }
}
