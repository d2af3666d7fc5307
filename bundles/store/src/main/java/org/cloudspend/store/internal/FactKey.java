package org.cloudspend.store.internal;

/**
 * The daily grain of the store: one fact per day and combination of these dimensions. {@code labels} is the
 * fingerprint of the line item's tags and cost categories (see {@link LabelSets}), stored once and referenced.
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
        String labels) {
}
