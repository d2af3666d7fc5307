package org.cloudspend.store.internal;

/**
 * The daily grain of the store: one fact per day and combination of these dimensions. {@code labelSet} numbers the
 * line item's tags and cost categories among the load's distinct sets (see {@link LoadLabelSets}); each set is stored
 * once and facts refer to it.
 */
record FactKey(
        long epochDay,
        String payer,
        String account,
        String service,
        String region,
        String usageType,
        String operation,
        String lineItemType,
        String resource,
        String currency,
        int labelSet) {
}
