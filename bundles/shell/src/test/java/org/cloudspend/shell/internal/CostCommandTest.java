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
import org.cloudspend.render.CostWords;
import org.junit.jupiter.api.Test;

class CostCommandTest {

    @Test
    void turnsArgumentsIntoAQuery() {
        CostCommand command = new CostCommand();
        command.from = "2025-01-01";
        command.to = "2025-01-31";
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
                CostMeasure.NET_AMORTIZED, 5), query, "--to is the last day, included");
    }

    @Test
    void aPeriodIsTheWholeMonthAsFromAndToNameIt() {
        CostCommand whole = new CostCommand();
        whole.period = "2026-11";
        CostCommand fromTo = new CostCommand();
        fromTo.from = "2026-11-01";
        fromTo.to = "2026-11-30";
        assertEquals(fromTo.query(), whole.query());
        assertEquals(LocalDate.of(2026, 12, 1), whole.query().to(), "the services take the end exclusive");
    }

    @Test
    void wrongArgumentsAreClearErrors() {
        assertEquals("Unknown dimension 'colour': use " + CostWords.DIMENSIONS,
                assertThrows(IllegalArgumentException.class, () -> CostWords.groupBy("colour")).getMessage());
        assertEquals("'tag' needs a key, e.g. tag:environment",
                assertThrows(IllegalArgumentException.class, () -> CostWords.groupBy("tag")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CostWords.filter("service", false))
                .getMessage().startsWith("A filter is dimension=value"));
        CostCommand command = new CostCommand();
        command.from = "January";
        assertEquals("--from is a day, yyyy-mm-dd; got 'January'",
                assertThrows(IllegalArgumentException.class, command::query).getMessage());
    }

    @Test
    void printsCsvAndJsonForScriptsWithEveryDecimal() throws Exception {
        CostCommand command = new CostCommand();
        command.groupBy = List.of("service");
        command.costs = new StubCosts(query -> new CostResult(query,
                List.of(new CostRow(LocalDate.of(2025, 1, 1), List.of("Amazon \"EC2\", Linux"),
                        new BigDecimal("12.3400000001"))), new BigDecimal("12.3400000001"), "USD"));
        command.period = "2025-01";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        command.format = "csv";
        command.execute();
        command.format = "json";
        command.execute();
        assertEquals("period,service,cost,currency\r\n"
                + "2025-01-01,\"Amazon \"\"EC2\"\", Linux\",12.3400000001,USD\r\n"
                + "{\"measure\":\"UNBLENDED\",\"granularity\":\"MONTH\",\"from\":\"2025-01-01\",\"to\":\"2025-01-31\","
                + "\"toExclusive\":\"2025-02-01\",\"currency\":\"USD\",\"total\":12.3400000001,\"rows\":[{\"period\":"
                + "\"2025-01-01\",\"service\":\"Amazon \\\"EC2\\\", Linux\",\"cost\":12.3400000001,\"currency\":\"USD\"}]}\n",
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTableShowsCentsWithSeparatorsEachPeriodAndTheRangeInTheFooter() throws Exception {
        CostCommand command = new CostCommand();
        command.from = "2025-01-01";
        command.to = "2025-02-28";
        command.groupBy = List.of("service");
        command.costs = new StubCosts(query -> new CostResult(query,
                List.of(new CostRow(LocalDate.of(2025, 1, 1), List.of("AmazonEC2"), new BigDecimal("1234.5650000000")),
                        new CostRow(LocalDate.of(2025, 2, 1), List.of(""), new BigDecimal("-1.0000000000"))),
                new BigDecimal("1233.5650000000"), "USD"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        command.execute();
        assertEquals("""
                Month   | Service   | Cost (USD)
                --------+-----------+-----------
                2025-01 | AmazonEC2 |   1,234.56
                2025-02 | (none)    |      -1.00
                Total 1,233.56 USD, unblended, 2025-01-01 to 2025-02-28
                %s
                """.formatted(org.cloudspend.render.Cents.ROUNDING_NOTE), printed.toString(StandardCharsets.UTF_8));

        printed.reset();
        command.granularity = "total";
        command.execute();
        assertEquals("""
                Service   | Cost (USD)
                ----------+-----------
                AmazonEC2 |   1,234.56
                (none)    |      -1.00
                Total 1,233.56 USD, unblended, 2025-01-01 to 2025-02-28
                %s
                """.formatted(org.cloudspend.render.Cents.ROUNDING_NOTE), printed.toString(StandardCharsets.UTF_8));

        printed.reset();
        command.precision = "full";
        command.execute();
        assertEquals("""
                Service   |       Cost (USD)
                ----------+-----------------
                AmazonEC2 | 1,234.5650000000
                (none)    |    -1.0000000000
                Total 1,233.5650000000 USD, unblended, 2025-01-01 to 2025-02-28
                """, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aUsersMistakeIsOneLineForTheShellNotAStackTraceInTheLog() {
        CostCommand command = new CostCommand();
        command.costs = new StubCosts(query -> {
            throw new AssertionError("not asked");
        });
        command.format = "xml";
        CommandException mistake = assertThrows(CommandException.class, command::execute);
        assertEquals("Unknown format 'xml': use table, csv or json", mistake.getMessage());
        command.format = "table";
        command.to = "2025-01-01";
        command.from = "2025-02-01";
        assertEquals("--to (2025-01-01) is before --from (2025-02-01)",
                assertThrows(CommandException.class, command::execute).getMessage());
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
