package org.cloudspend.cur.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The columns cloudspend reads, under their two names: legacy CSV's {@code category/Name} and the snake_case name of
 * CUR 2.0 and legacy Parquet. The one place these names are written down.
 */
enum CurColumn {
    BILLING_PERIOD_START("bill/BillingPeriodStartDate", "bill_billing_period_start_date", true),
    PAYER_ACCOUNT("bill/PayerAccountId", "bill_payer_account_id", false),
    USAGE_ACCOUNT("lineItem/UsageAccountId", "line_item_usage_account_id", true),
    LINE_ITEM_TYPE("lineItem/LineItemType", "line_item_line_item_type", true),
    USAGE_START("lineItem/UsageStartDate", "line_item_usage_start_date", true),
    USAGE_END("lineItem/UsageEndDate", "line_item_usage_end_date", false),
    PRODUCT_CODE("lineItem/ProductCode", "line_item_product_code", false),
    USAGE_TYPE("lineItem/UsageType", "line_item_usage_type", false),
    OPERATION("lineItem/Operation", "line_item_operation", false),
    AVAILABILITY_ZONE("lineItem/AvailabilityZone", "line_item_availability_zone", false),
    RESOURCE_ID("lineItem/ResourceId", "line_item_resource_id", false),
    USAGE_AMOUNT("lineItem/UsageAmount", "line_item_usage_amount", false),
    CURRENCY("lineItem/CurrencyCode", "line_item_currency_code", true),
    UNBLENDED_COST("lineItem/UnblendedCost", "line_item_unblended_cost", true),
    NET_UNBLENDED_COST("lineItem/NetUnblendedCost", "line_item_net_unblended_cost", false),
    REGION_CODE("product/regionCode", "product_region_code", false),
    REGION("product/region", "product_region", false),
    LOCATION("product/location", "product_location", false),
    SP_EFFECTIVE_COST("savingsPlan/SavingsPlanEffectiveCost", "savings_plan_savings_plan_effective_cost", false),
    SP_NET_EFFECTIVE_COST("savingsPlan/NetSavingsPlanEffectiveCost", "savings_plan_net_savings_plan_effective_cost", false),
    SP_TOTAL_COMMITMENT("savingsPlan/TotalCommitmentToDate", "savings_plan_total_commitment_to_date", false),
    SP_NET_TOTAL_COMMITMENT("savingsPlan/NetTotalCommitmentToDate", "savings_plan_net_total_commitment_to_date", false),
    SP_USED_COMMITMENT("savingsPlan/UsedCommitment", "savings_plan_used_commitment", false),
    SP_NET_USED_COMMITMENT("savingsPlan/NetUsedCommitment", "savings_plan_net_used_commitment", false),
    RI_EFFECTIVE_COST("reservation/EffectiveCost", "reservation_effective_cost", false),
    RI_NET_EFFECTIVE_COST("reservation/NetEffectiveCost", "reservation_net_effective_cost", false),
    RI_UNUSED_AMORTIZED_UPFRONT("reservation/UnusedAmortizedUpfrontFeeForBillingPeriod",
            "reservation_unused_amortized_upfront_fee_for_billing_period", false),
    RI_NET_UNUSED_AMORTIZED_UPFRONT("reservation/NetUnusedAmortizedUpfrontFeeForBillingPeriod",
            "reservation_net_unused_amortized_upfront_fee_for_billing_period", false),
    RI_UNUSED_RECURRING_FEE("reservation/UnusedRecurringFee", "reservation_unused_recurring_fee", false),
    RI_NET_UNUSED_RECURRING_FEE("reservation/NetUnusedRecurringFee", "reservation_net_unused_recurring_fee", false),
    RESERVATION_ARN("reservation/ReservationARN", "reservation_reservation_a_r_n", false);

    /** CUR 2.0's MAP columns (JSON objects in its CSV files). */
    static final String CUR2_TAGS = "resource_tags";
    static final String CUR2_COST_CATEGORIES = "cost_category";
    /** Legacy CSV's prefix of cost category columns. */
    static final String LEGACY_COST_CATEGORY_PREFIX = "costCategory/";

    private static final Map<String, CurColumn> BY_NAME = new HashMap<>();

    static {
        for (CurColumn column : values()) {
            BY_NAME.put(column.legacyCsvName, column);
            BY_NAME.put(column.snakeName, column);
        }
    }

    final String legacyCsvName;
    final String snakeName;
    final boolean required;
    /** Whether the column holds money, read as an exact scaled long (see {@code Money}). */
    final boolean money;
    /** Whether the column holds a date-time, read as epoch seconds. */
    final boolean time;

    CurColumn(String legacyCsvName, String snakeName, boolean required) {
        this.legacyCsvName = legacyCsvName;
        this.snakeName = snakeName;
        this.required = required;
        this.money = name().endsWith("_COST") || name().startsWith("SP_") || name().startsWith("RI_");
        this.time = name().equals("BILLING_PERIOD_START") || name().startsWith("USAGE_START")
                || name().startsWith("USAGE_END");
    }

    /**
     * Whether the column's values repeat from line item to line item (a month has a few dozen accounts, services,
     * regions and a few thousand usage types and operations): the CSV reader makes one String per distinct value.
     */
    boolean repeats() {
        return switch (this) {
            case PAYER_ACCOUNT, USAGE_ACCOUNT, LINE_ITEM_TYPE, PRODUCT_CODE, USAGE_TYPE, OPERATION, AVAILABILITY_ZONE,
                    CURRENCY, REGION_CODE, REGION, LOCATION -> true;
            default -> false;
        };
    }

    /** The column of that name, in either naming; null for a column cloudspend does not read. */
    static CurColumn named(String name) {
        return BY_NAME.get(name);
    }
}
