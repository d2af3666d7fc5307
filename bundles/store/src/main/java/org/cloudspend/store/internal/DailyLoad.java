package org.cloudspend.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;
import org.cloudspend.api.export.MoneySum;

/**
 * A load under way: line items are spooled to a CSV file as they arrive (their day, dimension tuple, resource, label
 * set and amounts; on a thread of the load's own, see {@link SpoolHandOff}), so memory stays bounded by the month's
 * distinct tuples and tag sets whatever its size; at {@link #commit()} the store copies the file into the database
 * and aggregates it to daily facts inside the replacing transaction. Nothing touches the database before.
 *
 * <p>Line items of one fact are summed before they are spooled, in a bounded {@link DailyFactTable}: a real month has
 * 10-25 line items a fact (one per hour a resource runs). A month whose line items rarely share a fact is spooled as
 * it comes, once a full table shows it.
 */
final class DailyLoad implements CostLoad {

    /** The first scaled amount beyond what DECIMAL(18,10) holds: 100,000,000 at {@link Money#SCALE} 10. */
    private static final long NARROW_LIMIT = 1_000_000_000_000_000_000L;

    private static final CostMeasure[] MEASURES = CostMeasure.values();

    /** Below this many line items a fact when the table is full, summing is not worth its cost: spool as they come. */
    private static final double WORTH_SUMMING = 2.0;

    /** What a load hands back to its store. */
    interface Store {
        LoadRecord replace(DailyLoad load);

        void failed(DailyLoad load, String reason);

        void release(LoadClaim claim);
    }

    private final Store store;
    private final LoadClaim claim;
    private final Instant startedAt = Instant.now();
    private final Path spool;
    private final OutputStream spoolFile;
    private final CsvRows rows;
    private final LoadDimensions dimensions = new LoadDimensions();
    private final LoadLabelSets labelSets = new LoadLabelSets();
    private final MoneySum[] totals = new MoneySum[MEASURES.length];
    private final SpoolHandOff handOff;
    /** The facts being summed (on the spool's thread); null once the load's line items prove not worth it. */
    private DailyFactTable facts;
    private long rowsIn;
    /** The ISO text of the billing period's days, from its first, made as they are met. */
    private final String[] periodDays = new String[31];
    private final long firstEpochDay;
    private boolean finished;
    private RuntimeException spoolFailure;
    /** Whether a cost amount spooled so far is beyond DECIMAL(18,10) (seen on the spool's thread until finished). */
    private boolean wideCosts;

    /** @param factsInMemory how many facts the load may sum before spooling them; 0 spools every line item */
    DailyLoad(Store store, LoadClaim claim, Path spool, int factsInMemory) throws IOException {
        this.store = store;
        this.claim = claim;
        this.firstEpochDay = claim.period().start().toEpochDay();
        this.spool = spool;
        this.spoolFile = Files.newOutputStream(spool);
        this.rows = new CsvRows(spoolFile);
        for (int i = 0; i < totals.length; i++) {
            totals[i] = new MoneySum();
        }
        this.facts = factsInMemory > 0 ? new DailyFactTable(factsInMemory) : null;
        this.handOff = new SpoolHandOff(claim.exportId() + " " + claim.period(), this::spool);
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
        handOff.add(item);
        rowsIn += item.lineItems();
    }

    /** Adds one line item to its fact, or writes it to the spool: on the hand-off's thread. */
    private void spool(SpooledItem item) {
        long[] costs = item.costs();
        for (CostMeasure measure : MEASURES) {
            totals[measure.ordinal()].add(costs[measure.ordinal()]);
        }
        int day = (int) item.epochDay;
        int dimensionTuple = dimensions.numberOf(item);
        int labelSet = labelSets.numberOf(item.tags, item.costCategories);
        try {
            if (facts != null) {
                if (facts.add(day, dimensionTuple, item.resourceId, labelSet, item.usageAmountText, costs,
                        item.lines)) {
                    return;
                }
                boolean worthSumming = facts.linesPerFact() >= WORTH_SUMMING;
                facts.writeTo(this::writeRow);
                if (worthSumming) {
                    facts.add(day, dimensionTuple, item.resourceId, labelSet, item.usageAmountText, costs, item.lines);
                    return;
                }
                facts = null;
            }
            writeRow(day, dimensionTuple, item.resourceId, labelSet, item.usageAmountText, item.lines, costs, null);
        } catch (IOException e) {
            throw spoolFailed(e);
        }
    }

    /** One row of the spool: a line item, or the sum of several of one fact. */
    private void writeRow(int epochDay, int dimensionTuple, String resource, int labelSet, String usage, long lines,
            long[] costs, BigDecimal[] carried) throws IOException {
        rows.ascii(day(epochDay));
        rows.number(dimensionTuple);
        rows.text(resource);
        rows.number(labelSet);
        rows.ascii(usage);
        rows.number(lines);
        for (int measure = 0; measure < costs.length; measure++) {
            long cost = costs[measure];
            if (carried != null && carried[measure] != null) {
                rows.ascii(carried[measure].add(Money.fromScaled(cost)).toPlainString());
                wideCosts = true;
            } else {
                rows.scaled(cost);
                wideCosts |= cost >= NARROW_LIMIT || cost <= -NARROW_LIMIT;
            }
        }
        rows.endRow();
    }

    private UncheckedIOException spoolFailed(IOException e) {
        return new UncheckedIOException("Spooling the line items of " + claim.exportId() + " " + claim.period()
                + " to " + spool + " failed: " + e.getMessage(), e);
    }

    /** The day's ISO text: line items fall in their billing period, whose days are each written once. */
    private String day(long epochDay) {
        long inPeriod = epochDay - firstEpochDay;
        if (inPeriod < 0 || inPeriod >= periodDays.length) {
            return LocalDate.ofEpochDay(epochDay).toString();
        }
        String day = periodDays[(int) inPeriod];
        if (day == null) {
            day = LocalDate.ofEpochDay(epochDay).toString();
            periodDays[(int) inPeriod] = day;
        }
        return day;
    }

    /** The spooled line items (complete once the load is finished), in {@link #spoolColumns()} order. */
    Path spool() {
        return spool;
    }

    /**
     * The spool's columns, in order, once the load is finished. The cost amounts are DECIMAL(18,10) when every one of
     * the load fits (all but a load with a line item of 100 million or more): the database copies and sums those
     * faster than DECIMAL(38,10), which the others get. The facts keep DECIMAL(38,10) either way.
     */
    String spoolColumns() {
        String cost = wideCosts ? "DECIMAL(38,10)" : "DECIMAL(18,10)";
        return "day DATE, dimensions INTEGER, resource VARCHAR, label_set INTEGER, usage_amount DECIMAL(38,18),"
                + " line_items BIGINT,"
                + " unblended " + cost + ", net_unblended " + cost + ", amortized " + cost + ", net_amortized " + cost;
    }

    /** The load's dimension tuples, by the number its spooled line items refer to. */
    LoadDimensions dimensions() {
        return dimensions;
    }

    /** The fingerprints of the load's label sets, by the number its spooled line items refer to. */
    List<String> labelSets() {
        return labelSets.fingerprints();
    }

    long rowsIn() {
        return rowsIn;
    }

    /** The exact total of each measure over every line item. */
    Map<CostMeasure, BigDecimal> totals() {
        Map<CostMeasure, BigDecimal> byMeasure = new EnumMap<>(CostMeasure.class);
        for (CostMeasure measure : MEASURES) {
            byMeasure.put(measure, totals[measure.ordinal()].total());
        }
        return byMeasure;
    }

    /** @param facts the daily facts the line items made, 0 for a failed load */
    LoadRecord record(long facts, Optional<String> error) {
        return new LoadRecord(claim, startedAt, Duration.between(startedAt, Instant.now()), rowsIn, facts,
                error.isPresent() ? Map.of() : totals(), error);
    }

    @Override
    public LoadRecord commit() {
        finish();
        try {
            if (spoolFailure != null) {
                store.failed(this, spoolFailure.getMessage());
                throw spoolFailure;
            }
            return store.replace(this);
        } finally {
            end();
        }
    }

    /**
     * Drops what was received and records why. After a commit, whether it succeeded or failed (a failed commit has
     * recorded its own cause), there is nothing left to abort: a caller's abort must not hide that cause.
     */
    @Override
    public void abort(String reason) {
        if (finished) {
            return;
        }
        finish();
        try {
            store.failed(this, reason);
        } finally {
            end();
        }
    }

    @Override
    public void close() {
        if (!finished) {
            abort("the load was closed without being committed");
        }
    }

    /**
     * Spools the last line items and completes the spool; a failure to do so is kept for {@link #commit()}, so that an
     * abort always ends well.
     */
    private void finish() {
        if (finished) {
            throw new IllegalStateException("The load of " + claim.exportId() + " " + claim.period()
                    + " is already finished");
        }
        finished = true;
        try {
            handOff.finish();
            if (facts != null) {
                facts.writeTo(this::writeRow);
            }
            rows.flush();
        } catch (IOException e) {
            spoolFailure = spoolFailed(e);
        } catch (RuntimeException e) {
            spoolFailure = e;
        } finally {
            closeSpoolFile();
        }
    }

    private void closeSpoolFile() {
        try {
            spoolFile.close();
        } catch (IOException e) {
            // the file is deleted at the end of the load
        }
    }

    private void end() {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // a spool left behind is deleted when the store opens next
        } finally {
            store.release(claim);
        }
    }
}
