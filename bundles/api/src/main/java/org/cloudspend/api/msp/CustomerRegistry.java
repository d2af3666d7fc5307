package org.cloudspend.api.msp;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The persistent customers and mapping rules (implemented by the store, which owns the database). */
@ProviderType
public interface CustomerRegistry {

    List<Customer> customers();

    Optional<Customer> customer(String id);

    void save(Customer customer);

    /** Removes the customer and its rules; false when there was none. */
    boolean deleteCustomer(String id);

    /** Every rule, in precedence order. */
    List<MappingRule> rules();

    void save(MappingRule rule);

    boolean deleteRule(String id);
}
