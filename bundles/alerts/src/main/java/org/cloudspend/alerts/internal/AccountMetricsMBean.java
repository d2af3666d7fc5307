package org.cloudspend.alerts.internal;

import java.math.BigDecimal;

/** An integrated account this month, as JMX shows it: {@code org.cloudspend:type=Account,name=<account id>}. */
public interface AccountMetricsMBean {

    /** The month's unblended cost through the last day with costs (a payer's: all its linked accounts'). */
    BigDecimal getMonthToDateCost();

    /** The month-end forecast from the daily run rate. */
    BigDecimal getMonthForecast();

    String getCurrency();

    /** Hours since its last successful load ended; -1 if it has none. */
    double getHoursSinceLastLoad();

    int getOpenConfigurationErrors();
}
