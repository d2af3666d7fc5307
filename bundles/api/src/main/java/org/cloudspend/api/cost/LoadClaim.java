package org.cloudspend.api.cost;

import java.util.List;
import java.util.Objects;
import org.cloudspend.api.export.BillingPeriod;

/**
 * What a load replaces: one export's billing period, with the delivery that replaces it.
 *
 * @param exportId the account's export, as cloudspend names it (the account id)
 * @param period the month replaced
 * @param deliveryId the delivery loaded
 * @param files the data files of that delivery
 */
public record LoadClaim(String exportId, BillingPeriod period, String deliveryId, List<String> files) {

    public LoadClaim {
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(deliveryId, "deliveryId");
        files = List.copyOf(files);
    }
}
