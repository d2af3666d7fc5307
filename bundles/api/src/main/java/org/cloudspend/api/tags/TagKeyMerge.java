package org.cloudspend.api.tags;

import java.util.Set;

/**
 * Two or more original keys that share one canonical key ({@code CostCenter} and {@code cost-center}): they are one
 * tag, as AWS merges them too, and the merge is reported rather than hidden.
 */
public record TagKeyMerge(String canonical, Set<String> displayKeys) {

    public TagKeyMerge {
        displayKeys = Set.copyOf(displayKeys);
    }
}
