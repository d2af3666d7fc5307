package org.cloudspend.api.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One line item of a billing export in cloudspend's canonical form, the same whatever format it was read from.
 * Readers may hand the same instance to a sink again and again with new values (no object per row on the hot path):
 * a sink copies what it keeps and never holds on to the item after {@link LineItemSink#accept} returns.
 * Text dimensions are empty strings, never null, where the export has no value.
 */
@ProviderType
public interface LineItem {

    BillingPeriod billingPeriod();

    String payerAccountId();

    String usageAccountId();

    /** AWS's line item type as written: Usage, Tax, Credit, Refund, SavingsPlanNegation, ... */
    String lineItemType();

    Instant usageStart();

    Instant usageEnd();

    /** The service, e.g. AmazonEC2. */
    String productCode();

    /** The region code (us-east-1), derived where the export has none; {@code global} for global services. */
    String region();

    String availabilityZone();

    String usageType();

    String operation();

    String resourceId();

    BigDecimal usageAmount();

    /**
     * The usage amount as plain decimal text ({@code 12.5}, never an exponent), equal to {@link #usageAmount()}: for a
     * writer of text, which a reader holding the text can spare a BigDecimal and its formatting per line item.
     */
    default String usageAmountText() {
        BigDecimal usage = usageAmount();
        return usage.signum() == 0 ? "0" : usage.toPlainString();
    }

    String currency();

    /** The measure as a long scaled by 10^{@value Money#SCALE}. */
    long costScaled(CostMeasure measure);

    /** The measure as an exact decimal. */
    default BigDecimal cost(CostMeasure measure) {
        return Money.fromScaled(costScaled(measure));
    }

    /**
     * Whether the export carried the net (after discount) columns for this item; when not, the net measures equal the
     * non-net ones.
     */
    boolean netMeasuresPresent();

    /** Tags by canonical key (see the tags package); values exactly as AWS wrote them. */
    Map<String, String> tags();

    /** Cost categories by name. */
    Map<String, String> costCategories();

    /**
     * How many of the export's line items this item stands for: 1, or more for line items of one daily fact summed by
     * {@link ExportReader#readDailySums}; its usage start is then one of theirs (the same day), its usage end the
     * latest.
     */
    default long lineItems() {
        return 1;
    }
}
