package org.cloudspend.store.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The distinct label sets (tags with cost categories) of one load, numbered in the order they are first seen. A line
 * item's set is looked up by content once per line item, on the spool's thread: by a hash of its entries in an open
 * addressing table, then compared entry by entry with the set stored under that hash. Maps of maps made this lookup
 * the largest part of spooling a line item (a chain of cache misses per lookup among 100,000 sets).
 */
final class LoadLabelSets {

    private static final long TAG_SEED = 0x9E3779B97F4A7C15L;
    private static final long COST_CATEGORY_SEED = 0xC2B2AE3D27D4EB4FL;
    /** Between a stored set's tags and its cost categories: never a label, compared by identity. */
    private static final String COST_CATEGORIES_FOLLOW = new String("cost categories follow");

    /**
     * Open addressing, a slot per long: the upper half of the set's hash (which also places it) and its number plus
     * one, 0 for a free slot. One cache line tells both whether a set may match and which to compare.
     */
    private long[] slots = new long[1 << 12];
    /**
     * The sets by number, each in one array: the tags' keys and values side by side, {@link #COST_CATEGORIES_FOLLOW},
     * then the cost categories', in the order its first line item gave them.
     */
    private String[][] sets = new String[1 << 10][];
    private int count;
    private final List<String> fingerprints = new ArrayList<>();

    /** The number of this set of labels, given now if the load has not seen it. */
    int numberOf(FlatLabels tags, FlatLabels costCategories) {
        long upper = hash(tags, costCategories) & 0xFFFFFFFF00000000L;
        int mask = slots.length - 1;
        for (int slot = (int) (upper >>> 32) & mask; ; slot = (slot + 1) & mask) {
            long stored = slots[slot];
            if (stored == 0) {
                int number = add(tags, costCategories);
                slots[slot] = upper | (number + 1);
                if (2 * count > slots.length) {
                    grow();
                }
                return number;
            }
            if ((stored & 0xFFFFFFFF00000000L) == upper) {
                int number = (int) stored - 1;
                if (matches(sets[number], tags, costCategories)) {
                    return number;
                }
            }
        }
    }

    /** The fingerprints of the load's sets, by number. */
    List<String> fingerprints() {
        return fingerprints;
    }

    /** The sum of every entry's mixed hash: the same whatever order the entries come in. */
    private static long hash(FlatLabels tags, FlatLabels costCategories) {
        long sum = sum(tags, TAG_SEED) + sum(costCategories, COST_CATEGORY_SEED);
        return mix(sum + tags.size() * 0x100000001B3L + costCategories.size());
    }

    private static long sum(FlatLabels labels, long seed) {
        long sum = 0;
        for (int i = 0; i < 2 * labels.size(); i += 2) {
            sum += mix((labels.entry(i).hashCode() * 31L + labels.entry(i + 1).hashCode()) ^ seed);
        }
        return sum;
    }

    private static long mix(long value) {
        long x = (value ^ (value >>> 33)) * 0xFF51AFD7ED558CCDL;
        x = (x ^ (x >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }

    private int add(FlatLabels tags, FlatLabels costCategories) {
        String[] set = new String[2 * tags.size() + 1 + 2 * costCategories.size()];
        System.arraycopy(tags.entries(), 0, set, 0, 2 * tags.size());
        set[2 * tags.size()] = COST_CATEGORIES_FOLLOW;
        System.arraycopy(costCategories.entries(), 0, set, 2 * tags.size() + 1, 2 * costCategories.size());
        if (count == sets.length) {
            sets = Arrays.copyOf(sets, count * 2);
        }
        sets[count] = set;
        fingerprints.add(LabelSets.fingerprint(tags.asMap(), costCategories.asMap()));
        return count++;
    }

    private static boolean matches(String[] stored, FlatLabels tags, FlatLabels costCategories) {
        int split = 2 * tags.size();
        return stored.length == split + 1 + 2 * costCategories.size() && stored[split] == COST_CATEGORIES_FOLLOW
                && matches(stored, 0, tags) && matches(stored, split + 1, costCategories);
    }

    /**
     * Whether the stored labels from {@code from} (as many as {@code labels} has) are those labels. Keys are unique
     * within a set, so each stored key found with the same value is enough; a key is looked for where the stored set
     * has it first (the usual case: a reader gives the same keys in the same order), then among all.
     */
    private static boolean matches(String[] stored, int from, FlatLabels labels) {
        for (int i = 0; i < 2 * labels.size(); i += 2) {
            String key = stored[from + i];
            int at = key.equals(labels.entry(i)) ? i : indexOf(key, labels);
            if (at < 0 || !Objects.equals(stored[from + i + 1], labels.entry(at + 1))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String key, FlatLabels labels) {
        for (int i = 0; i < 2 * labels.size(); i += 2) {
            if (key.equals(labels.entry(i))) {
                return i;
            }
        }
        return -1;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long stored : old) {
            if (stored != 0) {
                int slot = (int) (stored >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = stored;
            }
        }
    }
}
