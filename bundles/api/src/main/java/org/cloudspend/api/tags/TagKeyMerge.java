package org.cloudspend.api.tags;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two or more original keys that share one canonical key ({@code CostCenter} and {@code cost-center}): they are one
 * tag, as AWS merges them too, and the merge is reported rather than hidden. The display keys are sorted.
 */
public record TagKeyMerge(String canonical, Set<String> displayKeys) {

    public TagKeyMerge {
        displayKeys = Collections.unmodifiableSortedSet(new TreeSet<>(displayKeys));
    }
}
