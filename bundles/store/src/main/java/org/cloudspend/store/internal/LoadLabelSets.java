package org.cloudspend.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct label sets (tags with cost categories) of one load, numbered in the order they are first seen. A line
 * item's set is looked up by content, so a fingerprint is built once per distinct set rather than once per line item.
 */
final class LoadLabelSets {

    private record Labels(Map<String, String> tags, Map<String, String> costCategories) {
    }

    private final Map<Labels, Integer> numbers = new HashMap<>();
    private final List<String> fingerprints = new ArrayList<>();

    /** The number of this set of labels, given now if the load has not seen it. */
    int numberOf(Map<String, String> tags, Map<String, String> costCategories) {
        Integer number = numbers.get(new Labels(tags, costCategories));
        if (number == null) {
            number = fingerprints.size();
            // readers refill the same maps for every line item: the load keeps copies
            numbers.put(new Labels(new HashMap<>(tags), new HashMap<>(costCategories)), number);
            fingerprints.add(LabelSets.fingerprint(tags, costCategories));
        }
        return number;
    }

    /** The fingerprints of the load's sets, by number. */
    List<String> fingerprints() {
        return fingerprints;
    }
}
