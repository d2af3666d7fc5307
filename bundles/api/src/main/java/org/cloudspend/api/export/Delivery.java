package org.cloudspend.api.export;

import java.util.Objects;

/**
 * One delivery of an export for one billing period, found through its manifest. AWS delivers a whole month each time,
 * so the newest delivery of a period replaces every earlier one.
 *
 * @param manifestKey where the manifest was read
 * @param manifest what it says
 */
public record Delivery(String manifestKey, ExportManifest manifest) {

    public Delivery {
        Objects.requireNonNull(manifestKey, "manifestKey");
        Objects.requireNonNull(manifest, "manifest");
    }

    public BillingPeriod billingPeriod() {
        return manifest.billingPeriod();
    }

    public String deliveryId() {
        return manifest.deliveryId();
    }
}
