package org.cloudspend.api.msp;

import java.util.OptionalInt;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Managing an MSP's customers and the rules that map cost to them. Precedence decides between rules that match the
 * same cost (the lowest number wins); by default a tag rule ({@value #TAG_PRECEDENCE}) beats a cost category rule
 * ({@value #COST_CATEGORY_PRECEDENCE}), which beats a linked account rule ({@value #ACCOUNT_PRECEDENCE}): the more
 * specific a rule, the earlier it applies, so shared accounts can be split by tags.
 */
@ProviderType
public interface CustomerService {

    int TAG_PRECEDENCE = 100;
    int COST_CATEGORY_PRECEDENCE = 200;
    int ACCOUNT_PRECEDENCE = 300;

    /** @throws IllegalArgumentException when a customer has that id already */
    Customer add(Customer customer);

    /** @throws IllegalArgumentException when there is no customer with that id */
    Customer update(Customer customer);

    /** Removes the customer and its rules: its costs become unassigned. False when there was none. */
    boolean delete(String customerId);

    /**
     * Maps cost to a customer. A tag rule's key is normalised to the canonical key queries use.
     *
     * @param key the tag key or cost category name; ignored for a linked account
     * @param precedence lower wins; empty for the kind's default
     * @throws IllegalArgumentException for an unknown customer, a malformed account id, or a rule that exists already
     */
    MappingRule map(String customerId, MappingRule.Kind kind, String key, String value, OptionalInt precedence);

    /** Removes a rule; false when there was none. */
    boolean unmap(String ruleId);
}
