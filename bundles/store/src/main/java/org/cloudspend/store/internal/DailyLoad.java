package org.cloudspend.store.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;

/**
 * A load under way: line items are aggregated to daily facts in memory as they arrive (a month of facts is small
 * beside its line items); nothing touches the database until {@link #commit()}.
 */
final class DailyLoad implements CostLoad {

    /** What a load hands back to its store. */
    interface Store {
        LoadRecord replace(DailyLoad load);

        void failed(DailyLoad load, String reason);

        void release(LoadClaim claim);
    }

    private final Store store;
    private final LoadClaim claim;
    private final Instant startedAt = Instant.now();
    private final Map<FactKey, FactSums> facts = new HashMap<>();
    private final Map<CostMeasure, BigDecimal> totals = new EnumMap<>(CostMeasure.class);
    private long rowsIn;
    private boolean finished;

    DailyLoad(Store store, LoadClaim claim) {
        this.store = store;
        this.claim = claim;
    }

    @Override
    public LoadClaim claim() {
        return claim;
    }

    @Override
    public void accept(LineItem item) {
        if (finished) {
            throw new IllegalStateException("The load of " + claim.exportId() + " " + claim.period() + " is finished");
        }
        FactKey key = new FactKey(Math.floorDiv(item.usageStart().getEpochSecond(), 86_400L), item.payerAccountId(),
                item.usageAccountId(), item.productCode(), item.region(), item.usageType(), item.operation(),
                item.lineItemType(), item.resourceId(), item.currency(),
                LabelSets.fingerprint(item.tags(), item.costCategories()));
        facts.computeIfAbsent(key, k -> new FactSums()).add(item);
        rowsIn++;
    }

    Map<FactKey, FactSums> facts() {
        return facts;
    }

    long rowsIn() {
        return rowsIn;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The exact total of each measure over every fact. */
    Map<CostMeasure, BigDecimal> totals() {
        if (totals.isEmpty()) {
            for (CostMeasure measure : CostMeasure.values()) {
                totals.put(measure, BigDecimal.ZERO);
            }
            for (FactSums sums : facts.values()) {
                for (CostMeasure measure : CostMeasure.values()) {
                    totals.merge(measure, sums.total(measure), BigDecimal::add);
                }
            }
        }
        return totals;
    }

    LoadRecord record(Optional<String> error) {
        return new LoadRecord(claim, startedAt, Duration.between(startedAt, Instant.now()), rowsIn,
                error.isPresent() ? 0 : facts.size(), error.isPresent() ? Map.of() : totals(), error);
    }

    @Override
    public LoadRecord commit() {
        finish();
        try {
            return store.replace(this);
        } finally {
            store.release(claim);
        }
    }

    @Override
    public void abort(String reason) {
        finish();
        try {
            store.failed(this, reason);
        } finally {
            store.release(claim);
        }
    }

    @Override
    public void close() {
        if (!finished) {
            abort("the load was closed without being committed");
        }
    }

    private void finish() {
        if (finished) {
            throw new IllegalStateException("The load of " + claim.exportId() + " " + claim.period()
                    + " is already finished");
        }
        finished = true;
    }
}
