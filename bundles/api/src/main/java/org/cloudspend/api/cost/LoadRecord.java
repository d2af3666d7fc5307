package org.cloudspend.api.cost;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.export.CostMeasure;

/**
 * One entry of the load history.
 *
 * @param claim what was loaded
 * @param startedAt when the load began
 * @param duration how long it took
 * @param rowsIn line items read
 * @param rowsOut daily facts stored
 * @param totals the total of each measure stored
 * @param error why the load failed (the previous data then stays), empty when it succeeded
 */
public record LoadRecord(
        LoadClaim claim,
        Instant startedAt,
        Duration duration,
        long rowsIn,
        long rowsOut,
        Map<CostMeasure, BigDecimal> totals,
        Optional<String> error) {

    /** The delivery id, and the start of the reason, of the history's entry for costs removed with their account. */
    public static final String PURGED = "purged";

    public LoadRecord {
        totals = Map.copyOf(totals);
    }

    /** Whether this entry records costs removed (with their account) rather than a load. */
    public boolean purge() {
        return PURGED.equals(claim.deliveryId()) && error.filter(reason -> reason.startsWith(PURGED)).isPresent();
    }

    public boolean succeeded() {
        return error.isEmpty();
    }
}
