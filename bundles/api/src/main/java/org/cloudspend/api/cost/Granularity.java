package org.cloudspend.api.cost;

/** The time buckets of a cost query. */
public enum Granularity {
    DAY,
    MONTH,
    /** One bucket for the whole range. */
    TOTAL
}
