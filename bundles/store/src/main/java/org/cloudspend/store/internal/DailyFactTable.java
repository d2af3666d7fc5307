package org.cloudspend.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.Money;

/**
 * Sums a load's line items that share a daily fact's key (day, dimension tuple, resource, label set) in memory, before
 * they are spooled: a resource that runs all month gives 24 line items a day, one fact. Bounded: at most
 * {@code capacity} facts, then they are written out and the table starts again (the store's GROUP BY at commit sums
 * partial facts of one key, so the result is the same whatever the order of the line items).
 *
 * <p>Exact: costs are summed as {@link Money}-scaled longs, carried into a BigDecimal before they would overflow; usage
 * amounts (up to 18 decimals, as the spool keeps them) as a whole part and a fraction of 10^18, each a long.
 *
 * <p>Parallel arrays and open addressing, not a map of objects: a fact costs about 80 bytes beside its resource id.
 */
final class DailyFactTable {

    /** Gets each fact when the table is written out. */
    @FunctionalInterface
    interface FactWriter {
        /**
         * @param costs the scaled sums, in {@link CostMeasure} order
         * @param carried what did not fit the scaled sums, per measure; null where nothing did
         */
        void write(int epochDay, int dimensions, String resource, int labelSet, String usage, long[] costs,
                BigDecimal[] carried) throws IOException;
    }

    /** About 80 bytes a fact, and its resource id: some 50 MB at most. */
    static final int DEFAULT_CAPACITY = 400_000;

    private static final int MEASURES = CostMeasure.values().length;
    private static final long FRACTION_ONE = 1_000_000_000_000_000_000L;
    private static final int FRACTION_DIGITS = 18;

    private final int capacity;
    /** Entry index + 1 per slot, 0 for an empty slot; a power of two, at least twice the capacity. */
    private final int[] slots;
    private final int mask;
    private final int[] days;
    private final int[] dimensions;
    private final int[] labelSets;
    private final String[] resources;
    private final long[] costs;
    private final long[] usageWhole;
    private final long[] usageFraction;
    /** Costs and usage beyond the longs, made when first needed: rare. */
    private BigDecimal[] carriedCosts;
    private BigDecimal[] carriedUsage;
    private int size;
    private long linesSinceWritten;

    DailyFactTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A fact table holds at least one fact, not " + capacity);
        }
        this.capacity = capacity;
        int slotCount = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
        this.slots = new int[slotCount];
        this.mask = slotCount - 1;
        this.days = new int[capacity];
        this.dimensions = new int[capacity];
        this.labelSets = new int[capacity];
        this.resources = new String[capacity];
        this.costs = new long[capacity * MEASURES];
        this.usageWhole = new long[capacity];
        this.usageFraction = new long[capacity];
    }

    /**
     * Adds a line item to its fact.
     *
     * @param usage plain decimal text (sign, digits, an optional point and digits)
     * @param itemCosts the scaled cost of each measure, in {@link CostMeasure} order
     * @return false, adding nothing, when the item's fact is new and the table is full
     */
    boolean add(int epochDay, int dimensionTuple, String resource, int labelSet, String usage, long[] itemCosts) {
        int hash = hash(epochDay, dimensionTuple, resource, labelSet);
        int slot = hash & mask;
        int entry;
        while (true) {
            int found = slots[slot];
            if (found == 0) {
                if (size == capacity) {
                    return false;
                }
                entry = size++;
                slots[slot] = entry + 1;
                days[entry] = epochDay;
                dimensions[entry] = dimensionTuple;
                labelSets[entry] = labelSet;
                resources[entry] = resource;
                break;
            }
            entry = found - 1;
            if (days[entry] == epochDay && dimensions[entry] == dimensionTuple && labelSets[entry] == labelSet
                    && resources[entry].equals(resource)) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        linesSinceWritten++;
        for (int measure = 0; measure < MEASURES; measure++) {
            addCost(entry * MEASURES + measure, itemCosts[measure]);
        }
        addUsage(entry, usage);
        return true;
    }

    /** How many line items each fact held, on average, since the table was last written out. */
    double linesPerFact() {
        return size == 0 ? 0 : (double) linesSinceWritten / size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Hands every fact to the writer and empties the table. */
    void writeTo(FactWriter writer) throws IOException {
        long[] factCosts = new long[MEASURES];
        BigDecimal[] factCarried = new BigDecimal[MEASURES];
        for (int entry = 0; entry < size; entry++) {
            boolean anyCarried = false;
            for (int measure = 0; measure < MEASURES; measure++) {
                int at = entry * MEASURES + measure;
                factCosts[measure] = costs[at];
                factCarried[measure] = carriedCosts == null ? null : carriedCosts[at];
                anyCarried |= factCarried[measure] != null;
            }
            writer.write(days[entry], dimensions[entry], resources[entry], labelSets[entry], usage(entry), factCosts,
                    anyCarried ? factCarried : null);
        }
        clear();
    }

    private void clear() {
        Arrays.fill(slots, 0);
        Arrays.fill(resources, 0, size, null);
        Arrays.fill(costs, 0, size * MEASURES, 0L);
        Arrays.fill(usageWhole, 0, size, 0L);
        Arrays.fill(usageFraction, 0, size, 0L);
        if (carriedCosts != null) {
            Arrays.fill(carriedCosts, null);
        }
        if (carriedUsage != null) {
            Arrays.fill(carriedUsage, null);
        }
        size = 0;
        linesSinceWritten = 0;
    }

    private static int hash(int epochDay, int dimensionTuple, String resource, int labelSet) {
        int h = resource.hashCode();
        h = h * 31 + epochDay;
        h = h * 31 + dimensionTuple;
        h = h * 31 + labelSet;
        // spread the high bits into the low ones the mask keeps
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void addCost(int at, long scaled) {
        long sum = costs[at];
        long result = sum + scaled;
        // overflow only when both operands share a sign that the result lacks
        if (((sum ^ result) & (scaled ^ result)) < 0) {
            if (carriedCosts == null) {
                carriedCosts = new BigDecimal[costs.length];
            }
            BigDecimal carried = carriedCosts[at];
            carriedCosts[at] = (carried == null ? BigDecimal.ZERO : carried).add(Money.fromScaled(sum));
            costs[at] = scaled;
        } else {
            costs[at] = result;
        }
    }

    /**
     * Adds plain decimal text as a whole part and 18 decimals, without a BigDecimal; text with more decimals or
     * digits, and sums beyond a long's whole part, go to the carried BigDecimal.
     */
    private void addUsage(int entry, String text) {
        int end = text.length();
        boolean negative = end > 0 && text.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long whole = 0;
        int wholeDigits = 0;
        while (i < end && text.charAt(i) != '.') {
            whole = whole * 10 + (text.charAt(i++) - '0');
            wholeDigits++;
        }
        long fraction = 0;
        int fractionDigits = 0;
        if (i < end) {
            i++;
            while (i < end) {
                fraction = fraction * 10 + (text.charAt(i++) - '0');
                fractionDigits++;
            }
        }
        if (wholeDigits > 18 || fractionDigits > FRACTION_DIGITS) {
            carryUsage(entry, new BigDecimal(text));
            return;
        }
        for (int d = fractionDigits; d < FRACTION_DIGITS; d++) {
            fraction *= 10;
        }
        if (negative) {
            whole = -whole;
            fraction = -fraction;
        }
        long newFraction = usageFraction[entry] + fraction;
        long newWhole;
        try {
            newWhole = Math.addExact(usageWhole[entry], whole);
        } catch (ArithmeticException e) {
            carryUsage(entry, new BigDecimal(text));
            return;
        }
        // both fractions are below one in size: the sum is below two, and a carry brings it back below one
        if (newFraction >= FRACTION_ONE) {
            newFraction -= FRACTION_ONE;
            newWhole = carryWhole(entry, newWhole, 1);
        } else if (newFraction <= -FRACTION_ONE) {
            newFraction += FRACTION_ONE;
            newWhole = carryWhole(entry, newWhole, -1);
        }
        usageWhole[entry] = newWhole;
        usageFraction[entry] = newFraction;
    }

    private long carryWhole(int entry, long whole, int carry) {
        try {
            return Math.addExact(whole, carry);
        } catch (ArithmeticException e) {
            carryUsage(entry, BigDecimal.valueOf(whole));
            return carry;
        }
    }

    private void carryUsage(int entry, BigDecimal amount) {
        if (carriedUsage == null) {
            carriedUsage = new BigDecimal[capacity];
        }
        BigDecimal carried = carriedUsage[entry];
        carriedUsage[entry] = carried == null ? amount : carried.add(amount);
    }

    private String usage(int entry) {
        BigDecimal carried = carriedUsage == null ? null : carriedUsage[entry];
        long whole = usageWhole[entry];
        long fraction = usageFraction[entry];
        if (carried == null && fraction == 0) {
            return Long.toString(whole);
        }
        BigDecimal sum = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(fraction, FRACTION_DIGITS));
        if (carried != null) {
            sum = sum.add(carried);
        }
        return sum.stripTrailingZeros().toPlainString();
    }
}
