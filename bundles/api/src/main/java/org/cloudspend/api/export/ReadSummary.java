package org.cloudspend.api.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cloudspend.api.tags.TagKey;

/**
 * What reading one file produced, for checks and the load history.
 *
 * @param file the file read
 * @param rows the line items passed to the sink
 * @param totals the exact total of each measure over those line items
 * @param tagKeys the tag keys the file carries
 */
public record ReadSummary(String file, long rows, Map<CostMeasure, BigDecimal> totals, List<TagKey> tagKeys) {

    public ReadSummary {
        totals = Map.copyOf(totals);
        tagKeys = List.copyOf(tagKeys);
    }
}
