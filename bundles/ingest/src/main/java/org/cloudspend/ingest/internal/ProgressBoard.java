package org.cloudspend.ingest.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.ingest.LoadProgress;

/** The loads under way, per account, as ingest-status shows them. */
final class ProgressBoard {

    /** One load's counters, updated by the loading thread and read by whoever asks. */
    static final class Tracker implements LineItemSink {
        private final String accountId;
        private final PendingDelivery delivery;
        private final Instant startedAt = Instant.now();
        private final LineItemSink target;
        private final AtomicLong lineItems = new AtomicLong();
        private volatile int filesDone;
        private volatile long bytesDone;
        private volatile Instant storingSince;

        private Tracker(String accountId, PendingDelivery delivery, LineItemSink target) {
            this.accountId = accountId;
            this.delivery = delivery;
            this.target = target;
        }

        @Override
        public void accept(LineItem item) {
            target.accept(item);
            lineItems.addAndGet(item.lineItems());
        }

        void fileDone(long bytes) {
            filesDone++;
            bytesDone += bytes;
        }

        /** Every file is read: the store takes the month now. */
        void storing() {
            storingSince = Instant.now();
        }

        LoadProgress snapshot() {
            return new LoadProgress(delivery.manifest().billingPeriod(), delivery.manifest().deliveryId(), filesDone,
                    delivery.dataFiles().size(), bytesDone, delivery.bytes(), lineItems.get(), startedAt,
                    Optional.ofNullable(storingSince));
        }
    }

    private final Map<String, Tracker> underWay = new ConcurrentHashMap<>();

    Tracker start(String accountId, PendingDelivery delivery, LineItemSink target) {
        Tracker tracker = new Tracker(accountId, delivery, target);
        underWay.put(accountId, tracker);
        return tracker;
    }

    void finish(Tracker tracker) {
        underWay.remove(tracker.accountId, tracker);
    }

    Optional<LoadProgress> progress(String accountId) {
        return Optional.ofNullable(underWay.get(accountId)).map(Tracker::snapshot);
    }
}
