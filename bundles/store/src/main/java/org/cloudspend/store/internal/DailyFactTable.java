package org.cloudspend.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.Money;
import org.cloudspend.api.export.UsageSum;

/**
 * Sums a load's line items that share a daily fact's key (day, dimension tuple, resource, label set) in memory, before
 * they are spooled: a resource that runs all month gives 24 line items a day, one fact. Bounded: at most
 * {@code capacity} facts, then they are written out and the table starts again (the store's GROUP BY at commit sums
 * partial facts of one key, so the result is the same whatever the order of the line items).
 *
 * <p>Exact: costs are summed as {@link Money}-scaled longs, carried into a BigDecimal before they would overflow; usage
 * amounts (up to 18 decimals, as the spool keeps them) by {@link UsageSum}.
 *
 * <p>Parallel arrays and open addressing, not a map of objects: a fact costs about 115 bytes beside its resource id
 * (measured full, 400,000 facts).
 */
final class DailyFactTable {

    /** Gets each fact when the table is written out. */
    @FunctionalInterface
    interface FactWriter {
        /**
         * @param lines how many of the export's line items the fact sums
         * @param costs the scaled sums, in {@link CostMeasure} order
         * @param carried what did not fit the scaled sums, per measure; null where nothing did
         */
        void write(int epochDay, int dimensions, String resource, int labelSet, String usage, long lines, long[] costs,
                BigDecimal[] carried) throws IOException;
    }

    /** About 115 bytes a fact, and its resource id: some 65 MB at most. */
    static final int DEFAULT_CAPACITY = 400_000;

    private static final int MEASURES = CostMeasure.values().length;

    private final int capacity;
    /** Entry index + 1 per slot, 0 for an empty slot; a power of two, at least twice the capacity. */
    private final int[] slots;
    private final int mask;
    private final int[] days;
    private final int[] dimensions;
    private final int[] labelSets;
    private final String[] resources;
    private final long[] costs;
    /** Made as entries are first used, and kept for the next ones. */
    private final UsageSum[] usage;
    private final long[] lines;
    /** Costs beyond the longs, made when first needed: rare. */
    private BigDecimal[] carriedCosts;
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
        this.usage = new UsageSum[capacity];
        this.lines = new long[capacity];
    }

    /**
     * Adds a line item to its fact.
     *
     * @param itemUsage plain decimal text (sign, digits, an optional point and digits)
     * @param itemCosts the scaled cost of each measure, in {@link CostMeasure} order
     * @param itemLines how many of the export's line items the item stands for
     * @return false, adding nothing, when the item's fact is new and the table is full
     */
    boolean add(int epochDay, int dimensionTuple, String resource, int labelSet, String itemUsage, long[] itemCosts,
            long itemLines) {
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
                if (usage[entry] == null) {
                    usage[entry] = new UsageSum();
                }
                break;
            }
            entry = found - 1;
            if (days[entry] == epochDay && dimensions[entry] == dimensionTuple && labelSets[entry] == labelSet
                    && resources[entry].equals(resource)) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        linesSinceWritten += itemLines;
        lines[entry] += itemLines;
        for (int measure = 0; measure < MEASURES; measure++) {
            addCost(entry * MEASURES + measure, itemCosts[measure]);
        }
        usage[entry].add(itemUsage);
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
            writer.write(days[entry], dimensions[entry], resources[entry], labelSets[entry],
                    usage[entry].toPlainString(), lines[entry], factCosts, anyCarried ? factCarried : null);
        }
        clear();
    }

    private void clear() {
        Arrays.fill(slots, 0);
        Arrays.fill(resources, 0, size, null);
        Arrays.fill(costs, 0, size * MEASURES, 0L);
        for (int entry = 0; entry < size; entry++) {
            usage[entry].reset();
        }
        Arrays.fill(lines, 0, size, 0L);
        if (carriedCosts != null) {
            Arrays.fill(carriedCosts, null);
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

}
