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

    public LoadRecord {
        totals = Map.copyOf(totals);
    }

    public boolean succeeded() {
        return error.isEmpty();
    }
}
