package org.cloudspend.api.cost;

import java.util.Objects;
import org.cloudspend.api.export.BillingPeriod;

/**
 * A usage account whose costs arrive twice in a billing period: through a linked account's own export and through its
 * payer's export. They are counted once: the payer's export wins and the linked export's facts for that usage account
 * and period are left out of every cost question.
 *
 * @param exportId the linked account's export that is left out
 * @param period the billing period
 * @param usageAccount the usage account both exports carry
 * @param payerExportId the payer's export that counts
 */
public record Overlap(String exportId, BillingPeriod period, String usageAccount, String payerExportId) {

    public Overlap {
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(usageAccount, "usageAccount");
        Objects.requireNonNull(payerExportId, "payerExportId");
    }
}
