package org.cloudspend.store.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.MoneySum;

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
    private final LoadLabelSets labelSets = new LoadLabelSets();
    private final MoneySum[] totals = new MoneySum[CostMeasure.values().length];
    private long rowsIn;
    private boolean finished;

    DailyLoad(Store store, LoadClaim claim) {
        this.store = store;
        this.claim = claim;
        for (int i = 0; i < totals.length; i++) {
            totals[i] = new MoneySum();
        }
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
                labelSets.numberOf(item.tags(), item.costCategories()));
        FactSums sums = facts.get(key);
        if (sums == null) {
            sums = new FactSums();
            facts.put(key, sums);
        }
        sums.add(item);
        for (CostMeasure measure : CostMeasure.values()) {
            totals[measure.ordinal()].add(item.costScaled(measure));
        }
        rowsIn++;
    }

    Map<FactKey, FactSums> facts() {
        return facts;
    }

    /** The fingerprints of the load's label sets, by the number its facts refer to. */
    List<String> labelSets() {
        return labelSets.fingerprints();
    }

    long rowsIn() {
        return rowsIn;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The exact total of each measure over every line item. */
    Map<CostMeasure, BigDecimal> totals() {
        Map<CostMeasure, BigDecimal> byMeasure = new EnumMap<>(CostMeasure.class);
        for (CostMeasure measure : CostMeasure.values()) {
            byMeasure.put(measure, totals[measure.ordinal()].total());
        }
        return byMeasure;
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
