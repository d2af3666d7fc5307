package org.cloudspend.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.ingest.LoadProgress;
import org.junit.jupiter.api.Test;

class IngestStatusCommandTest {

    private static final Instant STARTED = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aLoadReadingItsFilesSaysHowFarAndWhenTheyShouldAllBeRead() {
        LoadProgress reading = new LoadProgress(BillingPeriod.of(2026, 10), "d-1", 1, 4, 100_000_000, 400_000_000,
                1_250_000, STARTED);
        assertEquals("Loading shop 2026-10 (delivery d-1): 1 of 4 files read, 100.0 of 400.0 MB (25%), 1,250,000 line"
                + " items so far, every file read around 2026-11-26 10:04:00, then the month is stored",
                IngestStatusCommand.describe("shop", reading, STARTED.plusSeconds(60)));
    }

    @Test
    void aLoadStoringItsMonthSaysSinceWhen() {
        LoadProgress storing = new LoadProgress(BillingPeriod.of(2026, 10), "d-1", 4, 4, 400_000_000, 400_000_000,
                5_000_000, STARTED, Optional.of(STARTED.plusSeconds(240)));
        assertEquals("Loading shop 2026-10 (delivery d-1): every file read (4, 400.0 MB, 5,000,000 line items); storing"
                + " the month since 2026-11-26 10:04:00 (copying the line items into the store, summing them by day)",
                IngestStatusCommand.describe("shop", storing, STARTED.plusSeconds(300)));
    }
}
