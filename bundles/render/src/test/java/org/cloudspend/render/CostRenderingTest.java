package org.cloudspend.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.PeriodComparison;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerCosts;
import org.junit.jupiter.api.Test;

class CostRenderingTest {

    private static final CostQuery NOVEMBER = new CostQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
            Granularity.TOTAL, List.of(GroupBy.of(Dimension.ACCOUNT)), List.of(), CostMeasure.UNBLENDED, 0);

    @Test
    void aCustomersRebilledLinesInCentsAddUpToTheRebilledTotal() {
        // a markup of 12.5% on three accounts of 0.3333333333 USD: each rebilled line is 0.3749999999(625)
        BigDecimal line = new BigDecimal("0.3333333333");
        BigDecimal rebilledLine = line.multiply(new BigDecimal("1.125"));
        CostResult costs = result(line, line, line);
        CostResult rebilled = result(rebilledLine, rebilledLine, rebilledLine);
        CustomerCosts acme = new CustomerCosts(new Customer("acme", "Acme", "USD", new BigDecimal("12.5")), costs,
                rebilled);

        Rendering cents = CostRendering.forCustomer(acme, Precision.CENTS);
        List<Object> amounts = cents.rows().stream().map(row -> row.get(3)).toList();
        assertEquals(List.of(new BigDecimal("0.38"), new BigDecimal("0.37"), new BigDecimal("0.37")), amounts,
                "each 0.37 alone would add up to 1.11, not the total's 1.12");
        assertEquals(new BigDecimal("1.12"), Cents.round(rebilled.total()));
        assertTrue(cents.notes().contains("Rebilled to Acme: 1.12 USD (markup 12.5% on unblended)"), cents.notes()
                .toString());
        assertTrue(cents.notes().stream().anyMatch(note -> note.startsWith("Rebilled lines rounded to cents so that"
                + " they add up to the rebilled total")), cents.notes().toString());

        Rendering exact = CostRendering.forCustomer(acme, Precision.FULL);
        assertEquals(rebilledLine, exact.rows().get(0).get(3), "exports keep every decimal");
        assertEquals(rebilled.total(), exact.summary().get("rebilledTotal"));
    }

    @Test
    void aComparisonByPeriodKeepsBothPeriodsRowsInEveryFormat() {
        CostQuery byMonth = new CostQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), Granularity.MONTH,
                List.of(GroupBy.of(Dimension.SERVICE)), List.of(), CostMeasure.UNBLENDED, 0);
        CostResult now = new CostResult(byMonth, List.of(new CostRow(byMonth.from(), List.of(""),
                new BigDecimal("2.5"))), new BigDecimal("2.5"), "USD");
        CostResult before = new CostResult(byMonth.previousPeriod(), List.of(new CostRow(LocalDate.of(2026, 10, 1),
                List.of("AmazonS3"), new BigDecimal("2"))), new BigDecimal("2"), "USD");
        Rendering compared = CostRendering.compared(new PeriodComparison(now, before), Precision.FULL);
        assertEquals("range,period,service,cost,currency\r\n"
                + "current,2026-11-01,(none),2.5,USD\r\n"
                + "previous,2026-10-01,AmazonS3,2,USD\r\n", CsvOutput.write(compared));
        String json = JsonOutput.write(compared);
        assertTrue(json.contains("\"previous\":{\"from\":\"2026-10-01\",\"to\":\"2026-10-31\","
                + "\"toExclusive\":\"2026-11-01\",\"total\":2,\"changePercent\":25.00}"), json);
        assertTrue(json.contains("\"from\":\"2026-11-01\",\"to\":\"2026-11-30\",\"toExclusive\":\"2026-12-01\""), json);
    }

    @Test
    void jsonAmountsAreExactNumbers() {
        Rendering rendering = CostRendering.of(result(new BigDecimal("0.1000000001"), new BigDecimal("1E+3"),
                new BigDecimal("-12345678901234567890.0123456789")), Precision.FULL);
        String json = JsonOutput.write(rendering);
        assertTrue(json.contains("\"cost\":0.1000000001"), json);
        assertTrue(json.contains("\"cost\":1000,"), json);
        assertTrue(json.contains("\"cost\":-12345678901234567890.0123456789"), json);
    }

    private static CostResult result(BigDecimal... amounts) {
        List<CostRow> rows = new java.util.ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < amounts.length; i++) {
            rows.add(new CostRow(NOVEMBER.from(), List.of("10000000000" + i), amounts[i]));
            total = total.add(amounts[i]);
        }
        return new CostResult(NOVEMBER, rows, total, "USD");
    }
}
