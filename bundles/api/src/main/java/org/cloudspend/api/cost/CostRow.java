package org.cloudspend.api.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One answer row: the time bucket's first day, the group's values in the order of the query's groupings, the amount.
 * A cost that has no value for a grouping (an untagged resource) shows an empty string there.
 */
public record CostRow(LocalDate bucket, List<String> group, BigDecimal amount) {

    public CostRow {
        group = List.copyOf(group);
    }
}
