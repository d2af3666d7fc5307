package org.cloudspend.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A line item's tags and cost categories as one label set, identified by a fingerprint: the set is stored once and
 * facts refer to it, so a million facts do not repeat their tags.
 */
final class LabelSets {

    static final String TAG = "t";
    static final String COST_CATEGORY = "c";
    private static final char FIELD = '\u0001';
    private static final char ENTRY = '\u0002';

    private LabelSets() {
    }

    /** The fingerprint: sorted {@code kind key value} entries; empty for no labels. */
    static String fingerprint(Map<String, String> tags, Map<String, String> costCategories) {
        if (tags.isEmpty() && costCategories.isEmpty()) {
            return "";
        }
        List<String> entries = new ArrayList<>(tags.size() + costCategories.size());
        tags.forEach((key, value) -> entries.add(TAG + FIELD + key + FIELD + value));
        costCategories.forEach((key, value) -> entries.add(COST_CATEGORY + FIELD + key + FIELD + value));
        entries.sort(null);
        return String.join(String.valueOf(ENTRY), entries);
    }

    /** The rows of {@code label_sets} for these sets (fingerprint to id). */
    static void writeSets(CsvRows rows, Map<String, Long> labelSets) throws IOException {
        for (Map.Entry<String, Long> labels : labelSets.entrySet()) {
            rows.number(labels.getValue());
            rows.text(labels.getKey());
            rows.endRow();
        }
    }

    /** The rows of {@code label_set_entries} for these sets (fingerprint to id). */
    static void writeEntries(CsvRows rows, Map<String, Long> labelSets) throws IOException {
        for (Map.Entry<String, Long> labels : labelSets.entrySet()) {
            for (String[] label : entries(labels.getKey())) {
                rows.number(labels.getValue());
                rows.text(label[0]);
                rows.text(label[1]);
                rows.text(label[2]);
                rows.endRow();
            }
        }
    }

    /** The entries of a fingerprint, each {kind, key, value}. */
    static List<String[]> entries(String fingerprint) {
        List<String[]> entries = new ArrayList<>();
        if (fingerprint.isEmpty()) {
            return entries;
        }
        for (String entry : fingerprint.split(String.valueOf(ENTRY))) {
            entries.add(entry.split(String.valueOf(FIELD), 3));
        }
        return entries;
    }
}
