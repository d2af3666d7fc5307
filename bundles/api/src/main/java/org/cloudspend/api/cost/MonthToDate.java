package org.cloudspend.api.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a month stands: its cost so far, the previous month's cost over the same days, and a forecast of the month's
 * end from the daily run rate.
 *
 * @param month the month
 * @param through the last day with costs (exports lag AWS by about a day); the month's first day when there are none
 * @param monthToDate the cost from the first of the month through {@code through}
 * @param previousSameDays the previous month's cost over as many days
 * @param previousMonth the previous month's whole cost
 * @param forecast {@code monthToDate} per elapsed day times the days of the month, rounded to 10 decimals
 * @param currency the currency of the costs
 */
public record MonthToDate(YearMonth month, LocalDate through, BigDecimal monthToDate, BigDecimal previousSameDays,
        BigDecimal previousMonth, BigDecimal forecast, String currency) {
}
