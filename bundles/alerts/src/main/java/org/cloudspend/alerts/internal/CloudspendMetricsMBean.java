package org.cloudspend.alerts.internal;

/** cloudspend as a whole, as JMX shows it: {@code org.cloudspend:type=Cloudspend}. */
public interface CloudspendMetricsMBean {

    /** Alerts open or acknowledged. */
    int getOpenAlerts();

    int getOpenConfigurationErrors();

    int getBudgets();

    int getAccounts();
}
