package org.cloudspend.alerts.internal;

import java.math.BigDecimal;

/** A budget in its current period, as JMX shows it: {@code org.cloudspend:type=Budget,name=<budget>}. */
public interface BudgetMetricsMBean {

    String getPeriodStart();

    String getCurrency();

    BigDecimal getAmount();

    /** The spend so far, exact. */
    BigDecimal getSpent();

    BigDecimal getForecast();

    /** The spend as a percentage of the amount, to one decimal. */
    double getSpentPercent();

    double getForecastPercent();

    /** How many of its thresholds the current period reached. */
    int getThresholdsReached();
}
