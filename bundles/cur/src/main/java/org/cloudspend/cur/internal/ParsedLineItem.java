package org.cloudspend.cur.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;

/**
 * The line item a reader hands to its sink, refilled for every row (see {@link LineItem}); the sum of a daily fact's
 * line items extends it.
 */
class ParsedLineItem implements LineItem {

    BillingPeriod billingPeriod;
    String payerAccountId;
    String usageAccountId;
    String lineItemType;
    long usageStartSecond;
    long usageEndSecond;
    String productCode;
    String region;
    String availabilityZone;
    String usageType;
    String operation;
    String resourceId;
    String usageAmountText;
    String currency;
    final long[] measures = new long[CostMeasure.values().length];
    boolean netMeasuresPresent;
    RowLabels tags;
    RowLabels costCategories;

    @Override
    public BillingPeriod billingPeriod() {
        return billingPeriod;
    }

    @Override
    public String payerAccountId() {
        return payerAccountId;
    }

    @Override
    public String usageAccountId() {
        return usageAccountId;
    }

    @Override
    public String lineItemType() {
        return lineItemType;
    }

    @Override
    public Instant usageStart() {
        return Instant.ofEpochSecond(usageStartSecond);
    }

    @Override
    public Instant usageEnd() {
        return Instant.ofEpochSecond(usageEndSecond);
    }

    @Override
    public String productCode() {
        return productCode;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String availabilityZone() {
        return availabilityZone;
    }

    @Override
    public String usageType() {
        return usageType;
    }

    @Override
    public String operation() {
        return operation;
    }

    @Override
    public String resourceId() {
        return resourceId;
    }

    /** Parsed on demand: most sinks sum costs and never ask. */
    @Override
    public BigDecimal usageAmount() {
        return usageAmountText.isEmpty() ? BigDecimal.ZERO : new BigDecimal(usageAmountText);
    }

    /** The text as the file has it, when that is plain already (nearly always): no BigDecimal made. */
    @Override
    public String usageAmountText() {
        return DecimalText.isPlain(usageAmountText) ? usageAmountText : LineItem.super.usageAmountText();
    }

    @Override
    public String currency() {
        return currency;
    }

    @Override
    public long costScaled(CostMeasure measure) {
        return measures[measure.ordinal()];
    }

    @Override
    public boolean netMeasuresPresent() {
        return netMeasuresPresent;
    }

    @Override
    public Map<String, String> tags() {
        return tags;
    }

    @Override
    public Map<String, String> costCategories() {
        return costCategories;
    }
}
