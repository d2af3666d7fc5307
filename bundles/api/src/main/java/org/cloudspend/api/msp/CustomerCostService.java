package org.cloudspend.api.msp;

import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostResult;

/** Cost questions asked for one customer: the answer can only ever contain that customer's costs. */
public interface CustomerCostService {

    CostResult query(String customerId, CostQuery query);

    /** The cost that no mapping rule assigns to a customer. */
    CostResult unassigned(CostQuery query);
}
