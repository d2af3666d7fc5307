package org.cloudspend.shell.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.MoneySum;

/** Rows and exact totals of every measure, per line item type, of the line items it is given. */
final class MeasureTotals implements LineItemSink {

    /** One line item type's rows and totals. */
    static final class Totals {
        long rows;
        private final MoneySum[] sums = new MoneySum[CostMeasure.values().length];

        Totals() {
            for (int i = 0; i < sums.length; i++) {
                sums[i] = new MoneySum();
            }
        }

        void add(LineItem item) {
            rows++;
            for (CostMeasure measure : CostMeasure.values()) {
                sums[measure.ordinal()].add(item.costScaled(measure));
            }
        }

        void add(Totals other) {
            rows += other.rows;
            for (CostMeasure measure : CostMeasure.values()) {
                sums[measure.ordinal()].add(other.total(measure));
            }
        }

        BigDecimal total(CostMeasure measure) {
            return sums[measure.ordinal()].total();
        }
    }

    private final Map<String, Totals> byType = new TreeMap<>();
    private boolean netMeasuresPresent;
    private final Map<String, Boolean> currencies = new TreeMap<>();

    @Override
    public void accept(LineItem item) {
        byType.computeIfAbsent(item.lineItemType(), type -> new Totals()).add(item);
        netMeasuresPresent |= item.netMeasuresPresent();
        currencies.putIfAbsent(item.currency(), Boolean.TRUE);
    }

    Map<String, Totals> byType() {
        return byType;
    }

    Totals overall() {
        Totals all = new Totals();
        byType.values().forEach(all::add);
        return all;
    }

    boolean netMeasuresPresent() {
        return netMeasuresPresent;
    }

    String currencies() {
        return String.join(", ", currencies.keySet());
    }
}
