package org.cloudspend.api.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cloudspend.api.export.BillingPeriod;

/**
 * A load under way, for a person watching a large month: files and bytes done of the delivery's total, line items
 * read so far, and once every file is read, since when the month is being stored (copied into the store and
 * aggregated to daily facts in the transaction that replaces the period).
 */
public record LoadProgress(BillingPeriod period, String deliveryId, int filesDone, int filesTotal, long bytesDone,
        long bytesTotal, long lineItems, Instant startedAt, Optional<Instant> storingSince) {

    public LoadProgress {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(storingSince, "storingSince");
    }

    /** A load still reading its files. */
    public LoadProgress(BillingPeriod period, String deliveryId, int filesDone, int filesTotal, long bytesDone,
            long bytesTotal, long lineItems, Instant startedAt) {
        this(period, deliveryId, filesDone, filesTotal, bytesDone, bytesTotal, lineItems, startedAt, Optional.empty());
    }

    /**
     * When the files should all be read at the rate so far; empty until some bytes are done, and once they are all
     * read (storing the month follows).
     */
    public Optional<Instant> estimatedEnd(Instant now) {
        if (bytesDone <= 0 || bytesTotal <= 0 || storingSince.isPresent()) {
            return Optional.empty();
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return Optional.of(startedAt.plusMillis((long) (elapsed * ((double) bytesTotal / bytesDone))));
    }
}
