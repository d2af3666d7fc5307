package org.cloudspend.store.internal;

import java.util.ArrayList;
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

    /** A stored set: keys and values side by side, in the order its first line item gave them. */
    private record Entries(String[] tags, String[] costCategories) {
    }

    private long[] hashes = new long[1 << 12];
    private int[] numbers = new int[1 << 12];
    private final List<Entries> sets = new ArrayList<>();
    private final List<String> fingerprints = new ArrayList<>();

    /** The number of this set of labels, given now if the load has not seen it. */
    int numberOf(FlatLabels tags, FlatLabels costCategories) {
        long hash = hash(tags, costCategories);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long known = hashes[slot];
            if (known == 0) {
                int number = add(tags, costCategories);
                hashes[slot] = hash;
                numbers[slot] = number;
                if (2 * sets.size() > hashes.length) {
                    grow();
                }
                return number;
            }
            if (known == hash && matches(sets.get(numbers[slot]), tags, costCategories)) {
                return numbers[slot];
            }
        }
    }

    /** The fingerprints of the load's sets, by number. */
    List<String> fingerprints() {
        return fingerprints;
    }

    /** The sum of every entry's mixed hash: the same whatever order the entries come in; never 0 (empty). */
    private static long hash(FlatLabels tags, FlatLabels costCategories) {
        long sum = sum(tags, TAG_SEED) + sum(costCategories, COST_CATEGORY_SEED);
        long hash = mix(sum + tags.size() * 0x100000001B3L + costCategories.size());
        return hash == 0 ? 1 : hash;
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
        sets.add(new Entries(tags.entries(), costCategories.entries()));
        fingerprints.add(LabelSets.fingerprint(tags.asMap(), costCategories.asMap()));
        return sets.size() - 1;
    }

    private static boolean matches(Entries stored, FlatLabels tags, FlatLabels costCategories) {
        return matches(stored.tags(), tags) && matches(stored.costCategories(), costCategories);
    }

    /**
     * Whether both hold the same labels. Keys are unique within a set, so the same count and each stored key found
     * with the same value is enough; a key is looked for where the stored set has it first (the usual case: a reader
     * gives the same keys in the same order), then among all.
     */
    private static boolean matches(String[] stored, FlatLabels labels) {
        int length = 2 * labels.size();
        if (stored.length != length) {
            return false;
        }
        for (int i = 0; i < length; i += 2) {
            int at = stored[i].equals(labels.entry(i)) ? i : indexOf(stored[i], labels);
            if (at < 0 || !Objects.equals(stored[i + 1], labels.entry(at + 1))) {
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
        long[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        hashes = new long[oldHashes.length * 2];
        numbers = new int[oldNumbers.length * 2];
        int mask = hashes.length - 1;
        for (int old = 0; old < oldHashes.length; old++) {
            if (oldHashes[old] != 0) {
                int slot = (int) oldHashes[old] & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[old];
                numbers[slot] = oldNumbers[old];
            }
        }
    }
}
