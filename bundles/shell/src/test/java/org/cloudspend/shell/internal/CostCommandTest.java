package org.cloudspend.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;
import org.junit.jupiter.api.Test;

class CostCommandTest {

    @Test
    void turnsArgumentsIntoAQuery() {
        CostCommand command = new CostCommand();
        command.from = "2025-01-01";
        command.to = "2025-02-01";
        command.granularity = "day";
        command.groupBy = List.of("account", "tag:Environment");
        command.include = List.of("service=AmazonEC2,AmazonS3");
        command.exclude = List.of("line-item-type=Tax");
        command.measure = "net-amortized";
        command.top = 5;
        CostQuery query = command.query();
        assertEquals(new CostQuery(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), Granularity.DAY,
                List.of(GroupBy.of(Dimension.ACCOUNT), GroupBy.tag("Environment")),
                List.of(new Filter(GroupBy.of(Dimension.SERVICE), Set.of("AmazonEC2", "AmazonS3"), false),
                        new Filter(GroupBy.of(Dimension.LINE_ITEM_TYPE), Set.of("Tax"), true)),
                CostMeasure.NET_AMORTIZED, 5), query);
    }

    @Test
    void wrongArgumentsAreClearErrors() {
        assertEquals("Unknown dimension 'colour': use " + CostArguments.DIMENSIONS,
                assertThrows(IllegalArgumentException.class, () -> CostArguments.groupBy("colour")).getMessage());
        assertEquals("'tag' needs a key, e.g. tag:environment",
                assertThrows(IllegalArgumentException.class, () -> CostArguments.groupBy("tag")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CostArguments.filter("service", false))
                .getMessage().startsWith("A filter is dimension=value"));
        CostCommand command = new CostCommand();
        command.from = "January";
        assertEquals("--from is a day, yyyy-mm-dd; got 'January'",
                assertThrows(IllegalArgumentException.class, command::query).getMessage());
    }

    @Test
    void printsCsvAndJsonForScripts() {
        CostCommand command = new CostCommand();
        command.groupBy = List.of("service");
        command.costs = new StubCosts(query -> new CostResult(query,
                List.of(new CostRow(LocalDate.of(2025, 1, 1), List.of("Amazon \"EC2\", Linux"),
                        new BigDecimal("12.3400000000"))), new BigDecimal("12.3400000000"), "USD"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        command.format = "csv";
        command.execute();
        command.format = "json";
        command.execute();
        assertEquals("period,service,cost,currency\n"
                + "2025-01-01,\"Amazon \"\"EC2\"\", Linux\",12.3400000000,USD\n"
                + "{\"measure\": \"UNBLENDED\", \"currency\": \"USD\", \"total\": 12.3400000000, \"rows\": [{\"period\":"
                + " \"2025-01-01\", \"service\": \"Amazon \\\"EC2\\\", Linux\", \"cost\": 12.3400000000}]}\n",
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTableShowsEachPeriodWhileATotalNamesItsRangeOnlyInTheLastLine() {
        CostCommand command = new CostCommand();
        command.from = "2025-01-01";
        command.to = "2025-03-01";
        command.groupBy = List.of("service");
        command.costs = new StubCosts(query -> new CostResult(query,
                List.of(new CostRow(LocalDate.of(2025, 1, 1), List.of("AmazonEC2"), new BigDecimal("12.3400000000")),
                        new CostRow(LocalDate.of(2025, 2, 1), List.of(""), new BigDecimal("-1.0000000000"))),
                new BigDecimal("11.3400000000"), "USD"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        command.execute();
        assertEquals("""
                Month   | service   |  Cost
                --------+-----------+------
                2025-01 | AmazonEC2 | 12.34
                2025-02 | (none)    | -1.00
                Total 11.34 USD, unblended, 2025-01-01 to 2025-02-28
                """, printed.toString(StandardCharsets.UTF_8));

        printed.reset();
        command.granularity = "total";
        command.execute();
        assertEquals("""
                service   |  Cost
                ----------+------
                AmazonEC2 | 12.34
                (none)    | -1.00
                Total 11.34 USD, unblended, 2025-01-01 to 2025-02-28
                """, printed.toString(StandardCharsets.UTF_8));
    }

    /** Answers every query with the given function. */
    private record StubCosts(java.util.function.Function<CostQuery, CostResult> answer)
            implements org.cloudspend.api.cost.CostQueryService {
        @Override
        public CostResult query(CostQuery query) {
            return answer.apply(query);
        }

        @Override
        public org.cloudspend.api.cost.PeriodComparison compare(CostQuery query) {
            return new org.cloudspend.api.cost.PeriodComparison(query(query), query(query.previousPeriod()));
        }

        @Override
        public org.cloudspend.api.cost.MonthToDate monthToDate(LocalDate today, CostMeasure measure,
                List<Filter> filters) {
            throw new UnsupportedOperationException();
        }
    }
}
