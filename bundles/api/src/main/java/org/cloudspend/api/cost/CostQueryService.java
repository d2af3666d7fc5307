package org.cloudspend.api.cost;

/** Answers cost questions from the store. */
public interface CostQueryService {

    CostResult query(CostQuery query);
}
