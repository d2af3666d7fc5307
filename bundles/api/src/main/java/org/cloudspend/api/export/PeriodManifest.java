package org.cloudspend.api.export;

import java.util.Objects;

/** The manifest of the newest delivery of one billing period, as found in a listing. */
public record PeriodManifest(BillingPeriod period, ExportObject manifest) {

    public PeriodManifest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(manifest, "manifest");
    }
}
