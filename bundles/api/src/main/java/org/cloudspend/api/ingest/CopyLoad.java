package org.cloudspend.api.ingest;

import java.util.Objects;
import java.util.Optional;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.BillingPeriod;

/**
 * What became of one billing period of a local copy of export files: loaded, loaded already (that very delivery, or
 * another load holds the period right now), or not loaded and why (the period then keeps its data).
 *
 * @param exportId the name the costs are stored under
 * @param period the billing period
 * @param deliveryId the newest delivery of the period in the copy
 * @param loaded the load, when this delivery was loaded now
 * @param problem why it was not loaded, when it failed
 */
public record CopyLoad(String exportId, BillingPeriod period, String deliveryId, Optional<LoadRecord> loaded,
        Optional<String> problem) {

    public CopyLoad {
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(problem, "problem");
    }

    /** Neither loaded now nor failed: the delivery was loaded before, or is being loaded by another check. */
    public boolean loadedBefore() {
        return loaded.isEmpty() && problem.isEmpty();
    }
}
