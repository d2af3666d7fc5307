package org.cloudspend.api.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cloudspend.api.export.BillingPeriod;

/**
 * A load under way, for a person watching a large month: files and bytes done of the delivery's total, line items
 * read so far.
 */
public record LoadProgress(BillingPeriod period, String deliveryId, int filesDone, int filesTotal, long bytesDone,
        long bytesTotal, long lineItems, Instant startedAt) {

    public LoadProgress {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** When the load should end at the rate so far; empty until some bytes are done. */
    public Optional<Instant> estimatedEnd(Instant now) {
        if (bytesDone <= 0 || bytesTotal <= 0) {
            return Optional.empty();
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return Optional.of(startedAt.plusMillis((long) (elapsed * ((double) bytesTotal / bytesDone))));
    }
}
