package org.cloudspend.store.internal;

import java.io.IOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.Money;

/** A load's facts as rows of {@code cost_facts}, in its column order. */
final class FactRows {

    private static final CostMeasure[] MEASURES = CostMeasure.values();

    private FactRows() {
    }

    /**
     * @param labelSetIds the stored id of each of the load's label sets, by the number its facts refer to
     */
    static void write(CsvRows rows, LoadClaim claim, Map<FactKey, FactSums> facts, long[] labelSetIds)
            throws IOException {
        String period = claim.period().toString();
        for (Map.Entry<FactKey, FactSums> fact : facts.entrySet()) {
            FactKey key = fact.getKey();
            FactSums sums = fact.getValue();
            rows.text(claim.exportId());
            rows.text(period);
            rows.ascii(LocalDate.ofEpochDay(key.epochDay()).toString());
            rows.text(key.payer());
            rows.text(key.account());
            rows.text(key.service());
            rows.text(key.region());
            rows.text(key.usageType());
            rows.text(key.operation());
            rows.text(key.lineItemType());
            rows.text(key.resource());
            rows.text(key.currency());
            rows.number(labelSetIds[key.labelSet()]);
            rows.ascii(sums.usage().setScale(Money.SCALE, RoundingMode.HALF_EVEN).toPlainString());
            for (CostMeasure measure : MEASURES) {
                if (sums.fitsScaled(measure)) {
                    rows.scaled(sums.scaled(measure));
                } else {
                    rows.ascii(sums.total(measure).toPlainString());
                }
            }
            rows.number(sums.rows);
            rows.endRow();
        }
    }
}
