package org.cloudspend.cur.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.UsageSum;

/**
 * Sums a reader's line items of one daily fact (see {@link org.cloudspend.api.export.ExportReader#readDailySums})
 * before they reach the sink: a resource that runs all month gives 24 line items a day, and the sink (ownership
 * checks, progress, the store's copy of each item) then takes one. Bounded: at most {@link #CAPACITY} facts, then they
 * are passed on and the table starts again; a file whose line items rarely share a fact (fewer than
 * {@link #WORTH_SUMMING} a fact when the table is full) is passed on row by row from then on, costing nothing more.
 *
 * <p>Exact: costs are summed as scaled longs; an item that would overflow one passes its fact on first and starts it
 * again. Usage amounts are summed by {@link UsageSum}.
 */
final class DailyLineItemSums {

    /**
     * Facts held at once: about 300 bytes each with a few labels, some 5 MB (a real month's file, hour after hour, has
     * a few thousand facts a day: two days of them).
     */
    static final int CAPACITY = 16_384;

    private static final double WORTH_SUMMING = 2.0;
    private static final int MEASURES = CostMeasure.values().length;
    private static final long SECONDS_A_DAY = 86_400L;

    private final LineItemSink out;
    private final int capacity;
    /** Entry index + 1 per slot, 0 for an empty slot; a power of two, at least twice the capacity. */
    private final int[] slots;
    private final int mask;
    /** Reused from one filling of the table to the next. */
    private final Fact[] facts;
    private int size;
    private long linesSinceFlushed;
    private boolean passingRows;

    /**
     * @param out gets the facts, in the order they were first met, and any line item passed on as it is
     * @param capacity how many facts are summed at once
     */
    DailyLineItemSums(LineItemSink out, int capacity) {
        this.out = out;
        this.capacity = capacity;
        int slotCount = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
        this.slots = new int[slotCount];
        this.mask = slotCount - 1;
        this.facts = new Fact[capacity];
    }

    /** Adds the line item to its fact, or passes it on (valid only during this call, as a reader's items are). */
    void add(ParsedLineItem item) {
        if (passingRows) {
            out.accept(item);
            return;
        }
        long day = Math.floorDiv(item.usageStartSecond, SECONDS_A_DAY);
        int hash = hash(item, day);
        int slot = hash & mask;
        while (true) {
            int found = slots[slot];
            if (found == 0) {
                break;
            }
            Fact fact = facts[found - 1];
            if (fact.hash == hash && fact.day == day && fact.holds(item)) {
                if (!fact.add(item)) {
                    out.accept(fact);
                    fact.start(item, day, hash);
                }
                linesSinceFlushed++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == capacity) {
            passingRows = (double) linesSinceFlushed / size < WORTH_SUMMING;
            flush();
            add(item);
            return;
        }
        Fact fact = facts[size];
        if (fact == null) {
            fact = new Fact();
            facts[size] = fact;
        }
        fact.start(item, day, hash);
        slots[slot] = ++size;
        linesSinceFlushed++;
    }

    /** Passes every fact on and empties the table. */
    void flush() {
        for (int entry = 0; entry < size; entry++) {
            out.accept(facts[entry]);
        }
        Arrays.fill(slots, 0);
        size = 0;
        linesSinceFlushed = 0;
    }

    private static int hash(ParsedLineItem item, long day) {
        int h = item.resourceId.hashCode();
        h = h * 31 + (int) day;
        h = h * 31 + item.usageAccountId.hashCode();
        h = h * 31 + item.payerAccountId.hashCode();
        h = h * 31 + item.productCode.hashCode();
        h = h * 31 + item.usageType.hashCode();
        h = h * 31 + item.operation.hashCode();
        h = h * 31 + item.lineItemType.hashCode();
        h = h * 31 + item.region.hashCode();
        h = h * 31 + item.availabilityZone.hashCode();
        h = h * 31 + item.tags.labelsHash();
        h = h * 31 + item.costCategories.labelsHash();
        // spread the high bits into the low ones the mask keeps
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The sum of a fact's line items so far: every field of the first but the amounts, which are the sums. */
    private static final class Fact extends ParsedLineItem {
        int hash;
        long day;
        private final UsageSum usage = new UsageSum();
        private long lines;

        Fact() {
            tags = new RowLabels(0);
            costCategories = new RowLabels(0);
        }

        void start(ParsedLineItem item, long itemDay, int itemHash) {
            hash = itemHash;
            day = itemDay;
            billingPeriod = item.billingPeriod;
            payerAccountId = item.payerAccountId;
            usageAccountId = item.usageAccountId;
            lineItemType = item.lineItemType;
            usageStartSecond = item.usageStartSecond;
            usageEndSecond = item.usageEndSecond;
            productCode = item.productCode;
            region = item.region;
            availabilityZone = item.availabilityZone;
            usageType = item.usageType;
            operation = item.operation;
            resourceId = item.resourceId;
            currency = item.currency;
            netMeasuresPresent = item.netMeasuresPresent;
            tags.copyOf(item.tags);
            costCategories.copyOf(item.costCategories);
            System.arraycopy(item.measures, 0, measures, 0, MEASURES);
            usage.reset();
            usage.add(item.usageAmountText);
            lines = 1;
        }

        /** Whether the item belongs to this fact (its day compared already). */
        boolean holds(ParsedLineItem item) {
            return resourceId.equals(item.resourceId) && usageAccountId.equals(item.usageAccountId)
                    && payerAccountId.equals(item.payerAccountId) && productCode.equals(item.productCode)
                    && usageType.equals(item.usageType) && operation.equals(item.operation)
                    && lineItemType.equals(item.lineItemType) && region.equals(item.region)
                    && availabilityZone.equals(item.availabilityZone) && currency.equals(item.currency)
                    && netMeasuresPresent == item.netMeasuresPresent && billingPeriod.equals(item.billingPeriod)
                    && tags.sameLabels(item.tags) && costCategories.sameLabels(item.costCategories);
        }

        /** Adds the item's amounts; false, adding nothing, when a cost would overflow its long. */
        boolean add(ParsedLineItem item) {
            for (int m = 0; m < MEASURES; m++) {
                long sum = measures[m] + item.measures[m];
                // overflow only when both operands share a sign that the result lacks
                if (((measures[m] ^ sum) & (item.measures[m] ^ sum)) < 0) {
                    return false;
                }
            }
            for (int m = 0; m < MEASURES; m++) {
                measures[m] += item.measures[m];
            }
            usage.add(item.usageAmountText);
            usageEndSecond = Math.max(usageEndSecond, item.usageEndSecond);
            lines++;
            return true;
        }

        @Override
        public long lineItems() {
            return lines;
        }

        @Override
        public BigDecimal usageAmount() {
            return new BigDecimal(usage.toPlainString());
        }

        @Override
        public String usageAmountText() {
            return usage.toPlainString();
        }
    }
}
