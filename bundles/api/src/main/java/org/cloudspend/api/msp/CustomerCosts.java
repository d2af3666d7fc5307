package org.cloudspend.api.msp;

import java.math.BigDecimal;
import java.util.Objects;
import org.cloudspend.api.cost.CostResult;

/**
 * One customer's costs, and the same costs rebilled: every amount with the customer's markup (or discount) applied on
 * top of the chosen measure, exactly ({@code amount x (100 + markup) / 100}, no rounding).
 */
public record CustomerCosts(Customer customer, CostResult costs, CostResult rebilled) {

    public CustomerCosts {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(rebilled, "rebilled");
    }

    public BigDecimal markupPercent() {
        return customer.markupPercent();
    }
}
