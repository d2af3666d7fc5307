package org.cloudspend.api.msp;

import java.util.Objects;

/**
 * Assigns cost to a customer. Where several rules match one cost, the lowest precedence number wins, so a cost is
 * never assigned twice; cost that no rule matches is unassigned.
 *
 * @param id stable key
 * @param customerId the customer cost goes to
 * @param kind what the rule matches on
 * @param key the tag key or cost category name; empty for {@link Kind#LINKED_ACCOUNT}
 * @param value the account id, tag value or category value matched
 * @param precedence lower wins
 */
public record MappingRule(String id, String customerId, Kind kind, String key, String value, int precedence) {

    /** What a rule matches on. */
    public enum Kind {
        LINKED_ACCOUNT,
        TAG,
        COST_CATEGORY
    }

    public MappingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        key = key == null ? "" : key;
        if (kind != Kind.LINKED_ACCOUNT && key.isEmpty()) {
            throw new IllegalArgumentException(kind + " rules need a key");
        }
    }
}
