package org.cloudspend.api.anomaly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cloudspend.api.account.Identifier;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;

/**
 * Watches daily cost for anomalies, as AWS's cost monitors do: every value of one dimension separately (each service,
 * each account), or, without a dimension, the one aggregate its filters leave.
 *
 * @param name its id (the pattern of {@link Identifier})
 * @param dimension the dimension whose every value is watched; empty: the aggregate
 * @param filters the scope, as a cost question's
 * @param measure the cost measure watched
 * @param minImpact an anomaly costs at least this much more than expected in a day (0: no absolute floor)
 * @param minImpactPercent and at least this percentage more than expected (0: no relative floor)
 * @param usageOnly leave out what is not usage (tax, fees, credits, refunds, upfront and recurring commitment fees),
 *        which comes on the first and last days of a month and would look like anomalies
 */
public record AnomalyMonitor(String name, Optional<GroupBy> dimension, List<Filter> filters, CostMeasure measure,
        BigDecimal minImpact, BigDecimal minImpactPercent, boolean usageOnly) {

    /** Line item types that are not usage. */
    public static final List<String> NOT_USAGE = List.of("Tax", "Fee", "Credit", "Refund", "RIFee",
            "SavingsPlanUpfrontFee", "SavingsPlanRecurringFee", "BundledDiscount", "EdpDiscount",
            "PrivateRateDiscount", "SppDiscount");

    public AnomalyMonitor {
        Identifier.check("anomaly monitor", name);
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(measure, "measure");
        filters = List.copyOf(filters);
        minImpact = plain(minImpact, "The minimum impact");
        minImpactPercent = plain(minImpactPercent, "The minimum impact in percent");
        if (minImpact.signum() == 0 && minImpactPercent.signum() == 0) {
            throw new IllegalArgumentException("An anomaly monitor needs a minimum impact, in money or in percent, or"
                    + " every day above the baseline would be an anomaly");
        }
    }

    private static BigDecimal plain(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " is 0 or more, not " + value.toPlainString());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
