package org.cloudspend.api.cost;

import java.time.LocalDate;
import java.util.List;
import org.cloudspend.api.export.CostMeasure;
import org.osgi.annotation.versioning.ProviderType;

/** Answers cost questions from the store. */
@ProviderType
public interface CostQueryService {

    CostResult query(CostQuery query);

    /** The query and the same question for the period before it, for period-over-period change. */
    PeriodComparison compare(CostQuery query);

    /** Month-to-date cost of the month of {@code today}, compared and forecast, within the filters. */
    MonthToDate monthToDate(LocalDate today, CostMeasure measure, List<Filter> filters);
}
