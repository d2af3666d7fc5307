package org.cloudspend.store.internal;

import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;

/**
 * What the spool keeps of a line item, copied off the reader's item (valid only during the call that hands it over):
 * its day, dimension tuple, resource, usage, cost measures and labels. A new copy per line item: it dies young, which
 * costs less than refilling long-lived copies, whose every write of a new String the collector would have to track.
 */
final class SpooledItem {

    private static final CostMeasure[] MEASURES = CostMeasure.values();

    final long epochDay;
    final String payerAccountId;
    final String usageAccountId;
    final String productCode;
    final String region;
    final String usageType;
    final String operation;
    final String lineItemType;
    final String currency;
    final String resourceId;
    final String usageAmountText;
    /** How many of the export's line items this one stands for. */
    final long lines;
    private final long[] costs = new long[MEASURES.length];
    final FlatLabels tags;
    final FlatLabels costCategories;

    SpooledItem(LineItem item) {
        epochDay = Math.floorDiv(item.usageStart().getEpochSecond(), 86_400L);
        payerAccountId = item.payerAccountId();
        usageAccountId = item.usageAccountId();
        productCode = item.productCode();
        region = item.region();
        usageType = item.usageType();
        operation = item.operation();
        lineItemType = item.lineItemType();
        currency = item.currency();
        resourceId = item.resourceId();
        usageAmountText = item.usageAmountText();
        lines = item.lineItems();
        for (CostMeasure measure : MEASURES) {
            costs[measure.ordinal()] = item.costScaled(measure);
        }
        tags = FlatLabels.of(item.tags());
        costCategories = FlatLabels.of(item.costCategories());
    }

    /** The scaled cost of each measure, in {@link CostMeasure} order: the item's own array, not a copy. */
    long[] costs() {
        return costs;
    }
}
