package org.cloudspend.api.cost;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Keeps (or, when {@code exclude}, drops) the costs whose value of a dimension is one of the values. */
public record Filter(GroupBy on, Set<String> values, boolean exclude) {

    public Filter {
        Objects.requireNonNull(on, "on");
        values = Set.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A filter on " + on.dimension() + " needs at least one value");
        }
    }

    /** As people type it after {@code -i} or {@code -x}: {@code service=AmazonEC2,AmazonS3}. */
    public String text() {
        return on.word() + "=" + String.join(",", values.stream().sorted().toList());
    }

    /**
     * Filters as typed after {@code -i} and {@code -x} ({@code -i service=AmazonEC2 -x region=us-east-1}), or
     * {@code everything} for none.
     */
    public static String scope(List<Filter> filters) {
        return filters.isEmpty() ? "everything" : String.join(" ", filters.stream()
                .map(filter -> (filter.exclude() ? "-x " : "-i ") + filter.text()).toList());
    }
}
