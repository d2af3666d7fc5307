package org.cloudspend.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The distinct label sets (tags with cost categories) of one load, numbered in the order they are first seen. A line
 * item's set is looked up by content once per line item, on the reading thread: by a hash of its entries in an open
 * addressing table, then compared entry by entry with the set stored under that hash. Maps of maps made this lookup
 * the largest part of spooling a line item (a chain of cache misses per lookup among 100,000 sets).
 */
final class LoadLabelSets {

    private static final long TAG_SEED = 0x9E3779B97F4A7C15L;
    private static final long COST_CATEGORY_SEED = 0xC2B2AE3D27D4EB4FL;

    /** A stored set: keys and values side by side, in the order its first line item's maps gave them. */
    private record Entries(String[] tags, String[] costCategories) {
    }

    private long[] hashes = new long[1 << 12];
    private int[] numbers = new int[1 << 12];
    private final List<Entries> sets = new ArrayList<>();
    private final List<String> fingerprints = new ArrayList<>();
    private long sum;
    private long seed;
    private final BiConsumer<String, String> adder = (key, value) -> sum += mix((key.hashCode() * 31L
            + value.hashCode()) ^ seed);

    /** The number of this set of labels, given now if the load has not seen it. */
    int numberOf(Map<String, String> tags, Map<String, String> costCategories) {
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

    /** The sum of every entry's mixed hash: the same whatever order a map gives its entries in; never 0 (empty). */
    private long hash(Map<String, String> tags, Map<String, String> costCategories) {
        sum = 0;
        seed = TAG_SEED;
        tags.forEach(adder);
        seed = COST_CATEGORY_SEED;
        costCategories.forEach(adder);
        long hash = mix(sum + tags.size() * 0x100000001B3L + costCategories.size());
        return hash == 0 ? 1 : hash;
    }

    private static long mix(long value) {
        long x = (value ^ (value >>> 33)) * 0xFF51AFD7ED558CCDL;
        x = (x ^ (x >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }

    private int add(Map<String, String> tags, Map<String, String> costCategories) {
        sets.add(new Entries(flat(tags), flat(costCategories)));
        fingerprints.add(LabelSets.fingerprint(tags, costCategories));
        return sets.size() - 1;
    }

    private static String[] flat(Map<String, String> labels) {
        String[] entries = new String[2 * labels.size()];
        int i = 0;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            entries[i++] = label.getKey();
            entries[i++] = label.getValue();
        }
        return entries;
    }

    private static boolean matches(Entries stored, Map<String, String> tags, Map<String, String> costCategories) {
        return matches(stored.tags(), tags) && matches(stored.costCategories(), costCategories);
    }

    private static boolean matches(String[] stored, Map<String, String> labels) {
        if (stored.length != 2 * labels.size()) {
            return false;
        }
        for (int i = 0; i < stored.length; i += 2) {
            if (!Objects.equals(stored[i + 1], labels.get(stored[i]))) {
                return false;
            }
        }
        return true;
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
