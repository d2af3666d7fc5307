package org.cloudspend.api.cost;

import java.math.BigDecimal;
import java.util.List;

/** The answer to a {@link CostQuery}: its rows and their exact total, in the export's currency. */
public record CostResult(CostQuery query, List<CostRow> rows, BigDecimal total, String currency) {

    public CostResult {
        rows = List.copyOf(rows);
    }
}
