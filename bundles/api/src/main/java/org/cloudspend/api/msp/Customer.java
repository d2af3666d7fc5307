package org.cloudspend.api.msp;

import java.math.BigDecimal;
import java.util.Objects;
import org.cloudspend.api.export.CurrencyCode;

/**
 * A customer of a managed service provider.
 *
 * @param id stable key
 * @param name the name people see
 * @param currency the currency costs are shown in
 * @param markupPercent added to the chosen measure when rebilling; negative for a discount, zero for none
 */
public record Customer(String id, String name, String currency, BigDecimal markupPercent) {

    /** The customer dimension's value for cost that no mapping rule assigns. */
    public static final String UNASSIGNED = "(unassigned)";

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(markupPercent, "markupPercent");
        if (markupPercent.compareTo(BigDecimal.valueOf(-100)) < 0) {
            throw new IllegalArgumentException("A discount cannot exceed 100%: " + markupPercent);
        }
        if (markupPercent.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("A markup is at most 1000%: " + markupPercent.toPlainString());
        }
        // as stored: DECIMAL(12,6), written out in full (1e3 is 1000)
        BigDecimal plain = markupPercent.stripTrailingZeros();
        if (plain.scale() > 6) {
            throw new IllegalArgumentException("A markup has at most 6 decimals: " + markupPercent.toPlainString());
        }
        markupPercent = plain.scale() < 0 ? plain.setScale(0) : plain;
        currency = CurrencyCode.check(currency);
    }
}
