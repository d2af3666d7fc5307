package org.cloudspend.api.budget;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cloudspend.api.account.Identifier;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.CurrencyCode;

/**
 * An amount of spend for each period within a scope, as AWS Budgets defines a cost budget.
 *
 * @param name its id (the pattern of {@link Identifier})
 * @param period how long the amount lasts
 * @param measure the cost measure spent against it
 * @param amount the amount for one period, in {@code currency}
 * @param currency the currency of the amount and of the costs it is compared with
 * @param thresholds where it alerts, on the actual spend and on the forecast
 * @param filters its scope: the same filters as a cost question's (none: everything)
 * @param excluded charges left out of the spend
 */
public record Budget(String name, BudgetPeriod period, CostMeasure measure, BigDecimal amount, String currency,
        List<BudgetThreshold> thresholds, List<Filter> filters, Set<ExcludedCharge> excluded) {

    public Budget {
        Identifier.check("budget", name);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A budget's amount is more than 0, not " + amount.toPlainString());
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > 2 || plain.precision() - plain.scale() > 15) {
            throw new IllegalArgumentException("A budget's amount has at most 15 digits and 2 decimals, not "
                    + amount.toPlainString());
        }
        amount = plain.setScale(2);
        currency = CurrencyCode.check(currency);
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("A budget needs at least one threshold, e.g. actual:100");
        }
        if (Set.copyOf(thresholds).size() != thresholds.size()) {
            throw new IllegalArgumentException("A threshold is given twice: " + thresholds);
        }
        filters = List.copyOf(filters);
        excluded = excluded.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excluded));
    }

    /** The threshold's amount: its percentage of the budget's amount, to the cent. */
    public BigDecimal thresholdAmount(BudgetThreshold threshold) {
        return amount.multiply(threshold.percent()).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
