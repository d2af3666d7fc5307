package org.cloudspend.shell.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.Money;

/** Rows and exact totals of every measure, per line item type, of the line items it is given. */
final class MeasureTotals implements LineItemSink {

    /** One line item type's rows and totals. */
    static final class Totals {
        long rows;
        private final long[] scaled = new long[CostMeasure.values().length];
        private final BigDecimal[] carried = new BigDecimal[CostMeasure.values().length];

        void add(LineItem item) {
            rows++;
            for (CostMeasure measure : CostMeasure.values()) {
                int i = measure.ordinal();
                try {
                    scaled[i] = Math.addExact(scaled[i], item.costScaled(measure));
                } catch (ArithmeticException overflow) {
                    carried[i] = total(measure);
                    scaled[i] = item.costScaled(measure);
                }
            }
        }

        void add(Totals other) {
            rows += other.rows;
            for (CostMeasure measure : CostMeasure.values()) {
                int i = measure.ordinal();
                carried[i] = total(measure).add(other.total(measure));
                scaled[i] = 0;
            }
        }

        BigDecimal total(CostMeasure measure) {
            int i = measure.ordinal();
            BigDecimal sum = BigDecimal.valueOf(scaled[i], Money.SCALE);
            return carried[i] == null ? sum : carried[i].add(sum);
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
