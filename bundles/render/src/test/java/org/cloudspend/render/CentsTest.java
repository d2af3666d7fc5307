package org.cloudspend.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CentsTest {

    @Test
    void amountsAreRoundedHalfToEvenWithThousandsSeparated() {
        assertEquals("1,234.56", Cents.format(new BigDecimal("1234.5650000000")), "half to even: 56 stays");
        assertEquals("1,234.58", Cents.format(new BigDecimal("1234.5750000000")), "half to even: 57 goes up");
        assertEquals("1,234,567.90", Cents.format(new BigDecimal("1234567.8950000001")));
        assertEquals("-0.42", Cents.format(new BigDecimal("-0.4249999999")));
        assertEquals("0.00", Cents.format(new BigDecimal("-0.0000000001")), "no minus sign on zero cents");
        assertEquals("999.00", Cents.format(new BigDecimal("999")));
        assertEquals("-1,000.00", Cents.format(new BigDecimal("-999.995")));
        assertEquals("12,345.1234567891", Cents.format(new BigDecimal("12345.1234567891"), Precision.FULL));
        assertEquals("5.00", Cents.format(new BigDecimal("5"), Precision.FULL));
    }

    @Test
    void rebilledLinesRoundedToCentsAddUpToTheRoundedTotal() {
        // three thirds of a dollar: each line rounds to 0.33, the total to 1.00
        List<BigDecimal> thirds = List.of(new BigDecimal("0.3333333333"), new BigDecimal("0.3333333333"),
                new BigDecimal("0.3333333334"));
        assertEquals(List.of(new BigDecimal("0.33"), new BigDecimal("0.33"), new BigDecimal("0.34")),
                Cents.allocate(thirds), "the missing cent goes to the line rounding moved furthest");
        List<BigDecimal> even = List.of(new BigDecimal("0.125"), new BigDecimal("0.125"));
        assertEquals(List.of(new BigDecimal("0.13"), new BigDecimal("0.12")), Cents.allocate(even),
                "where two moved as far, the earlier line");
        // negative lines (credits) too
        List<BigDecimal> credits = List.of(new BigDecimal("-0.005"), new BigDecimal("-0.005"),
                new BigDecimal("-0.005"));
        List<BigDecimal> rounded = Cents.allocate(credits);
        assertEquals(new BigDecimal("-0.02"), sum(rounded), "-0.015 rounds half to even to -0.02");
        assertEquals(List.of(new BigDecimal("-0.01"), new BigDecimal("-0.01"), new BigDecimal("0.00")), rounded);
    }

    @Test
    void anyLinesAddUpToTheirRoundedExactSumAndStayWithinACent() {
        Random random = new Random(20261203);
        for (int trial = 0; trial < 2_000; trial++) {
            List<BigDecimal> exact = new ArrayList<>();
            int lines = 1 + random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                exact.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, 10)
                        .multiply(new BigDecimal("1.125")));
            }
            List<BigDecimal> rounded = Cents.allocate(exact);
            assertEquals(Cents.round(sum(exact)), sum(rounded), exact.toString());
            for (int i = 0; i < lines; i++) {
                assertEquals(2, rounded.get(i).scale());
                assertEquals(-1, exact.get(i).subtract(rounded.get(i)).abs().compareTo(new BigDecimal("0.01")),
                        exact + " -> " + rounded);
            }
        }
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
