package org.cloudspend.cur.internal;

import static org.cloudspend.cur.internal.CurColumn.AVAILABILITY_ZONE;
import static org.cloudspend.cur.internal.CurColumn.BILLING_PERIOD_START;
import static org.cloudspend.cur.internal.CurColumn.CURRENCY;
import static org.cloudspend.cur.internal.CurColumn.LINE_ITEM_TYPE;
import static org.cloudspend.cur.internal.CurColumn.LOCATION;
import static org.cloudspend.cur.internal.CurColumn.NET_UNBLENDED_COST;
import static org.cloudspend.cur.internal.CurColumn.OPERATION;
import static org.cloudspend.cur.internal.CurColumn.PAYER_ACCOUNT;
import static org.cloudspend.cur.internal.CurColumn.PRODUCT_CODE;
import static org.cloudspend.cur.internal.CurColumn.REGION;
import static org.cloudspend.cur.internal.CurColumn.REGION_CODE;
import static org.cloudspend.cur.internal.CurColumn.RESOURCE_ID;
import static org.cloudspend.cur.internal.CurColumn.UNBLENDED_COST;
import static org.cloudspend.cur.internal.CurColumn.USAGE_ACCOUNT;
import static org.cloudspend.cur.internal.CurColumn.USAGE_AMOUNT;
import static org.cloudspend.cur.internal.CurColumn.USAGE_END;
import static org.cloudspend.cur.internal.CurColumn.USAGE_START;
import static org.cloudspend.cur.internal.CurColumn.USAGE_TYPE;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.cloudspend.api.export.BillingPeriod;

/** Turns the values of one row, whatever format they came from, into the canonical line item. */
final class LineItemAssembler {

    /** The usage amounts the store keeps: DECIMAL(38,18). */
    private static final int USAGE_SCALE = 18;
    private static final int MAX_USAGE_INTEGER_DIGITS = 20;

    private RowValues row;
    private final ParsedLineItem item = new ParsedLineItem();
    private final ColumnNames names;
    private BillingPeriod lastPeriod;
    private long lastPeriodSecond;
    /** The regions of the availability zones met, each one String (see {@link Regions#resolve}). */
    private final Map<String, String> zoneRegions = new HashMap<>();

    /** How the file names its columns, for messages. */
    interface ColumnNames {
        String nameOf(CurColumn column);
    }

    LineItemAssembler(RowValues row, ColumnNames names) {
        this.row = row;
        this.names = names;
        item.tags = row.tags;
        item.costCategories = row.costCategories;
    }

    /**
     * Assembles the line item of another row than the one given at construction (a reader that fills a batch of rows
     * at once); later {@link #assemble()} calls go on with that row.
     *
     * @throws RowProblem naming the column whose value is missing or unreadable
     */
    ParsedLineItem assemble(RowValues next) {
        row = next;
        item.tags = next.tags;
        item.costCategories = next.costCategories;
        return assemble();
    }

    /** @throws RowProblem naming the column whose value is missing or unreadable */
    ParsedLineItem assemble() {
        item.billingPeriod = billingPeriod(time(BILLING_PERIOD_START));
        item.usageAccountId = required(USAGE_ACCOUNT);
        item.lineItemType = required(LINE_ITEM_TYPE);
        item.currency = required(CURRENCY);
        if (!row.has(UNBLENDED_COST)) {
            throw new RowProblem(names.nameOf(UNBLENDED_COST), "the cost is empty");
        }
        item.usageStartSecond = time(USAGE_START);
        item.usageEndSecond = row.has(USAGE_END) ? time(USAGE_END) : item.usageStartSecond;
        item.payerAccountId = row.text(PAYER_ACCOUNT);
        item.productCode = row.text(PRODUCT_CODE);
        item.availabilityZone = row.text(AVAILABILITY_ZONE);
        item.region = Regions.resolve(row.text(REGION_CODE), row.text(REGION), item.availabilityZone,
                row.text(LOCATION), zoneRegions);
        item.usageType = row.text(USAGE_TYPE);
        item.operation = row.text(OPERATION);
        item.resourceId = row.text(RESOURCE_ID);
        item.usageAmountText = usageAmount(row.text(USAGE_AMOUNT));
        item.netMeasuresPresent = row.has(NET_UNBLENDED_COST);
        try {
            CostMeasureRules.apply(item.lineItemType, row, item.measures);
        } catch (ArithmeticException e) {
            throw new RowProblem(null, "an amortized cost is too large to add up exactly");
        }
        return item;
    }

    /** The digits of a plain decimal before its point, leading zeros aside. */
    private static int integerDigits(String plain) {
        int i = plain.startsWith("-") ? 1 : 0;
        while (i < plain.length() - 1 && plain.charAt(i) == '0' && plain.charAt(i + 1) != '.') {
            i++;
        }
        int point = plain.indexOf('.');
        return (point < 0 ? plain.length() : point) - i;
    }

    /**
     * The usage amount as plain decimal text, as the store keeps it: at most 20 digits before the point, 18 after
     * (rounded half to even). An exponent is read without writing its digits out, so {@code 1e999999999} is refused
     * at once and {@code 1e-999999999} is zero, instead of costing minutes and gigabytes.
     */
    private String usageAmount(String text) {
        if (text.isEmpty()) {
            return text;
        }
        if (DecimalText.isPlain(text)) {
            if (integerDigits(text) > MAX_USAGE_INTEGER_DIGITS) {
                throw new RowProblem(names.nameOf(USAGE_AMOUNT), "out of range: '" + text + "' has more than "
                        + MAX_USAGE_INTEGER_DIGITS + " digits before the point");
            }
            return text;
        }
        if (!DecimalText.isDecimal(text)) {
            throw new RowProblem(names.nameOf(USAGE_AMOUNT), "not a number: '" + text + "'");
        }
        java.math.BigDecimal usage;
        try {
            usage = new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            // an exponent beyond what a BigDecimal holds
            throw new RowProblem(names.nameOf(USAGE_AMOUNT), "out of range: '" + text + "'");
        }
        long integerDigits = (long) usage.precision() - usage.scale();
        if (integerDigits > MAX_USAGE_INTEGER_DIGITS) {
            throw new RowProblem(names.nameOf(USAGE_AMOUNT), "out of range: '" + text + "' has more than "
                    + MAX_USAGE_INTEGER_DIGITS + " digits before the point");
        }
        if (usage.signum() == 0 || integerDigits < -USAGE_SCALE) {
            return "0";
        }
        java.math.BigDecimal kept = usage.setScale(Math.min(Math.max(usage.scale(), 0), USAGE_SCALE),
                java.math.RoundingMode.HALF_EVEN);
        return kept.signum() == 0 ? "0" : kept.toPlainString();
    }

    private String required(CurColumn column) {
        if (!row.has(column)) {
            throw new RowProblem(names.nameOf(column), "the value is empty");
        }
        return row.text(column);
    }

    /** A date-time column, which the readers give as epoch seconds. */
    private long time(CurColumn column) {
        if (!row.has(column)) {
            throw new RowProblem(names.nameOf(column), "the value is empty");
        }
        return row.epochSecond(column);
    }

    private BillingPeriod billingPeriod(long epochSecond) {
        if (epochSecond != lastPeriodSecond || lastPeriod == null) {
            lastPeriod = new BillingPeriod(YearMonth.from(Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC)));
            lastPeriodSecond = epochSecond;
        }
        return lastPeriod;
    }
}
