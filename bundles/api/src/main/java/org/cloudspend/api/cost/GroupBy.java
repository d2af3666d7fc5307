package org.cloudspend.api.cost;

import java.util.Objects;

/** One grouping of a cost query: a dimension, with its key for tags and cost categories. */
public record GroupBy(Dimension dimension, String key) {

    public GroupBy {
        Objects.requireNonNull(dimension, "dimension");
        if (dimension.keyed() && (key == null || key.isBlank())) {
            throw new IllegalArgumentException(dimension + " needs a key");
        }
        if (!dimension.keyed() && key != null) {
            throw new IllegalArgumentException(dimension + " takes no key");
        }
    }

    /** As people type it in a question: {@code service}, {@code usage-type}, {@code tag:environment}. */
    public String word() {
        String name = dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return key == null ? name : name + ":" + key;
    }

    public static GroupBy of(Dimension dimension) {
        return new GroupBy(dimension, null);
    }

    public static GroupBy tag(String canonicalKey) {
        return new GroupBy(Dimension.TAG, canonicalKey);
    }
}
