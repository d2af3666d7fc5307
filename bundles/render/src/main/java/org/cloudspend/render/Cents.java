package org.cloudspend.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Money as people read it: rounded to cents, half to even (the rounding of accounting, which does not drift upwards
 * over many lines), with thousands separated by commas.
 */
public final class Cents {

    /** How a table's footer says amounts were rounded. */
    public static final String ROUNDING_NOTE = "Amounts rounded to cents (half to even), each on its own; the exact"
            + " values: --precision full, --format csv or json";

    private Cents() {
    }

    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** {@code 1,234,567.89}, {@code -0.42}: rounded to cents. */
    public static String format(BigDecimal amount) {
        return group(round(amount));
    }

    /** Rounded to cents, or every decimal kept (at least two) with {@link Precision#FULL}. */
    public static String format(BigDecimal amount, Precision precision) {
        return precision == Precision.CENTS ? format(amount)
                : group(amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount);
    }

    /** The plain digits of an amount with its integer part's thousands separated. */
    private static String group(BigDecimal amount) {
        String plain = amount.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (amount.signum() < 0) {
            grouped.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.append(point < 0 ? "" : plain.substring(point)).toString();
    }

    /**
     * Rounds lines to cents so that they add up exactly to their exact sum rounded to cents, as an invoice must: each
     * line is rounded half to even, then the cents the rounded lines miss (or have too many) go to (or come from) the
     * lines that rounding moved furthest, one cent each, the earlier line first where two moved as far (the largest
     * remainder method). No line ends more than a cent from its exact amount.
     */
    public static List<BigDecimal> allocate(List<BigDecimal> exact) {
        List<BigDecimal> rounded = new ArrayList<>(exact.size());
        BigDecimal roundedSum = BigDecimal.ZERO;
        BigDecimal exactSum = BigDecimal.ZERO;
        for (BigDecimal line : exact) {
            BigDecimal cents = round(line);
            rounded.add(cents);
            roundedSum = roundedSum.add(cents);
            exactSum = exactSum.add(line);
        }
        int missing = round(exactSum).subtract(roundedSum).movePointRight(2).toBigIntegerExact()
                .intValueExact();
        if (missing == 0) {
            return rounded;
        }
        int direction = Integer.signum(missing);
        // how far rounding moved each line against the direction the sum must go: those lines move back first
        Comparator<Integer> furthestFirst = Comparator.comparing(
                (Integer i) -> exact.get(i).subtract(rounded.get(i)).multiply(BigDecimal.valueOf(direction)))
                .reversed().thenComparing(i -> i);
        List<Integer> order = IntStream.range(0, exact.size()).boxed().sorted(furthestFirst).toList();
        BigDecimal cent = new BigDecimal(BigInteger.valueOf(direction), 2);
        for (int k = 0; k < Math.abs(missing); k++) {
            int line = order.get(k);
            rounded.set(line, rounded.get(line).add(cent));
        }
        return rounded;
    }
}
