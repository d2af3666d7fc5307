package org.cloudspend.api.msp;

import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostResult;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Cost questions asked for one customer. The service scopes the question itself: the answer can only ever contain
 * that customer's costs, whatever filters the question carries.
 */
@ProviderType
public interface CustomerCostService {

    /**
     * The customer's costs and their rebilled amounts.
     *
     * @throws IllegalArgumentException when there is no such customer
     */
    CustomerCosts query(String customerId, CostQuery query);

    /** The cost that no mapping rule assigns to a customer. */
    CostResult unassigned(CostQuery query);
}
