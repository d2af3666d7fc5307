package org.cloudspend.store.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line item's labels (tags or cost categories) copied flat, key then value, into one array: a reader refills its
 * maps for every row, so the spool keeps a copy, and a map per line item would cost far more.
 */
final class FlatLabels {

    static final FlatLabels NONE = new FlatLabels(new String[0]);

    private final String[] entries;
    private int filled;

    private FlatLabels(String[] entries) {
        this.entries = entries;
    }

    static FlatLabels of(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return NONE;
        }
        FlatLabels flat = new FlatLabels(new String[2 * labels.size()]);
        labels.forEach(flat::add);
        return flat;
    }

    private void add(String key, String value) {
        entries[filled++] = key;
        entries[filled++] = value;
    }

    /** How many labels: half the entries. */
    int size() {
        return entries.length / 2;
    }

    /** Keys at even indexes, each followed by its value. */
    String entry(int index) {
        return entries[index];
    }

    /** The entries, to keep: never changed. */
    String[] entries() {
        return entries;
    }

    /** The labels as a map, in their order. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put(entries[i], entries[i + 1]);
        }
        return map;
    }
}
