package org.cloudspend.api.export;

import java.math.BigDecimal;
import java.util.Map;

/** What reading one file produced: rows and the total of each measure, for checks and the load history. */
public record ReadSummary(String file, long rows, Map<CostMeasure, BigDecimal> totals) {

    public ReadSummary {
        totals = Map.copyOf(totals);
    }
}
