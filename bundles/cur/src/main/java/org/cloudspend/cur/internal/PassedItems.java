package org.cloudspend.cur.internal;

import java.math.BigDecimal;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.MoneySum;

/**
 * Where one reading thread's line items go, one by one or summed by day ({@link DailyLineItemSums}), and the exact
 * total of each cost measure over the line items passed.
 */
final class PassedItems {

    private final LineItemSink out;
    /** The facts being summed, null when line items go out one by one. */
    private final DailyLineItemSums dailySums;
    private final MoneySum[] sums = new MoneySum[CostMeasure.values().length];

    /**
     * @param out where the line items (or their daily sums) go
     * @param factsSummed how many daily facts are summed at once; 0 passes line items on one by one
     */
    PassedItems(LineItemSink out, int factsSummed) {
        this.out = out;
        this.dailySums = factsSummed > 0 ? new DailyLineItemSums(out, factsSummed) : null;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new MoneySum();
        }
    }

    /** Passes the line item on, or adds it to its daily fact (valid only during this call, as a reader's items are). */
    void pass(ParsedLineItem item) {
        if (dailySums != null) {
            dailySums.add(item);
        } else {
            out.accept(item);
        }
        // by ordinal, without CostMeasure.values()'s copy of its array per row
        for (int measure = 0; measure < sums.length; measure++) {
            sums[measure].add(item.measures[measure]);
        }
    }

    /** Passes on the facts still being summed, once the thread's rows are read. */
    void flush() {
        if (dailySums != null) {
            dailySums.flush();
        }
    }

    /** The exact total of the measure over every line item passed. */
    BigDecimal total(CostMeasure measure) {
        return sums[measure.ordinal()].total();
    }
}
