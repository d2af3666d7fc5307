package org.cloudspend.api.anomaly;

import java.math.BigDecimal;
import org.cloudspend.api.cost.GroupBy;

/** What part of an anomaly one value of a finer dimension (a usage type, a region, an account, a resource) made. */
public record Contributor(GroupBy on, String value, BigDecimal expected, BigDecimal actual) {

    public BigDecimal impact() {
        return actual.subtract(expected);
    }
}
