package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cloudspend.api.export.Money;
import org.junit.jupiter.api.Test;

class DailyFactTableTest {

    /** A fact as written out: its key, usage, and each measure's exact sum. */
    record Fact(int day, int dimensions, String resource, int labelSet, String usage, long lines,
            List<BigDecimal> costs) {
    }

    private final List<Fact> written = new ArrayList<>();

    @Test
    void lineItemsOfOneKeyAreOneFactWithExactSums() throws Exception {
        DailyFactTable table = new DailyFactTable(10);
        assertTrue(table.add(20_000, 1, "i-1", 7, "1", costs("0.0000000001", "0.1", "0.2", "-0.3"), 1));
        // an item a reader summed already: three line items
        assertTrue(table.add(20_000, 1, "i-1", 7, "0.000000000000000001", costs("1.25", "0.1", "0.2", "0.3"), 3));
        assertTrue(table.add(20_001, 1, "i-1", 7, "2.5", costs("1", "1", "1", "1"), 1), "another day");
        assertTrue(table.add(20_000, 2, "i-1", 7, "2.5", costs("1", "1", "1", "1"), 1), "another tuple");
        assertTrue(table.add(20_000, 1, "i-2", 7, "2.5", costs("1", "1", "1", "1"), 1), "another resource");
        assertTrue(table.add(20_000, 1, "i-1", 8, "2.5", costs("1", "1", "1", "1"), 1), "another label set");
        assertEquals(8.0 / 5, table.linesPerFact());

        table.writeTo(this::collect);
        assertEquals(5, written.size());
        assertEquals(new Fact(20_000, 1, "i-1", 7, "1.000000000000000001", 4,
                decimals("1.2500000001", "0.2", "0.4", "0")), written.get(0));
        assertTrue(table.isEmpty());
        assertEquals(0, table.linesPerFact());
    }

    @Test
    void usageKeepsEighteenDecimalsAndSignsAcrossTheWholePart() throws Exception {
        DailyFactTable table = new DailyFactTable(4);
        for (String usage : List.of("0.999999999999999999", "0.000000000000000001", "-2.5", "-0.75", "12")) {
            table.add(1, 1, "", 1, usage, costs("0", "0", "0", "0"), 1);
        }
        table.add(2, 1, "", 1, "-0.000000000000000001", costs("0", "0", "0", "0"), 1);
        table.add(2, 1, "", 1, "-0.999999999999999999", costs("0", "0", "0", "0"), 1);
        table.add(3, 1, "", 1, "0.0000000000000000001", costs("0", "0", "0", "0"), 1);
        table.add(3, 1, "", 1, "123456789012345678901", costs("0", "0", "0", "0"), 1);
        table.writeTo(this::collect);
        assertEquals("9.75", written.get(0).usage());
        assertEquals("-1", written.get(1).usage());
        assertEquals("123456789012345678901.0000000000000000001", written.get(2).usage(),
                "more decimals or digits than the longs hold are carried exactly");
    }

    @Test
    void sumsBeyondALongAreCarriedExactly() throws Exception {
        DailyFactTable table = new DailyFactTable(1);
        long largest = Long.MAX_VALUE - 1;
        table.add(1, 1, "", 1, "9223372036854775807", new long[] {largest, 1, -largest, 0}, 1);
        table.add(1, 1, "", 1, "9223372036854775807", new long[] {largest, 1, -largest, 0}, 1);
        table.add(1, 1, "", 1, "1", new long[] {2, 1, -largest, 0}, 1);
        table.writeTo(this::collect);
        BigDecimal one = Money.fromScaled(largest);
        assertEquals(List.of(one.add(one).add(Money.fromScaled(2)), Money.fromScaled(3),
                one.multiply(BigDecimal.valueOf(-3)), Money.fromScaled(0)), written.get(0).costs());
        assertEquals("18446744073709551615", written.get(0).usage());
    }

    @Test
    void aFullTableTakesNoNewFactAndStartsAgainOnceWritten() throws Exception {
        DailyFactTable table = new DailyFactTable(2);
        assertTrue(table.add(1, 1, "a", 1, "1", costs("1", "1", "1", "1"), 1));
        assertTrue(table.add(1, 1, "b", 1, "1", costs("1", "1", "1", "1"), 1));
        assertTrue(table.add(1, 1, "a", 1, "1", costs("1", "1", "1", "1"), 1), "a known fact still adds up");
        assertFalse(table.add(1, 1, "c", 1, "1", costs("1", "1", "1", "1"), 1));
        table.writeTo(this::collect);
        assertTrue(table.add(1, 1, "c", 1, "1", costs("1", "1", "1", "1"), 1));
        assertTrue(table.add(1, 1, "a", 1, "1", costs("1", "1", "1", "1"), 1));
        table.writeTo(this::collect);
        assertEquals(List.of("a:2", "b:1", "c:1", "a:1"),
                written.stream().map(fact -> fact.resource() + ":" + fact.usage()).toList());
        assertThrows(IllegalArgumentException.class, () -> new DailyFactTable(0));
    }

    private void collect(int day, int dimensions, String resource, int labelSet, String usage, long lines,
            long[] costs, BigDecimal[] carried) {
        List<BigDecimal> sums = new ArrayList<>();
        for (int measure = 0; measure < costs.length; measure++) {
            BigDecimal sum = Money.fromScaled(costs[measure]);
            sums.add(carried == null || carried[measure] == null ? sum : sum.add(carried[measure]));
        }
        written.add(new Fact(day, dimensions, resource, labelSet, usage, lines, sums));
    }

    private static long[] costs(String... amounts) {
        long[] scaled = new long[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            scaled[i] = Money.toScaled(new BigDecimal(amounts[i]));
        }
        return scaled;
    }

    private static List<BigDecimal> decimals(String... amounts) {
        return List.of(amounts).stream().map(amount -> Money.fromScaled(Money.toScaled(new BigDecimal(amount))))
                .toList();
    }
}
