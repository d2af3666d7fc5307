package org.cloudspend.api.export;

import java.math.BigDecimal;

/**
 * An exact running total of usage amounts given as plain decimal text ({@link LineItem#usageAmountText()}): a whole
 * part and 18 decimals, each a long, without a BigDecimal per amount; text with more digits, and sums beyond a long's
 * whole part, are carried in a BigDecimal. Not thread-safe.
 */
public final class UsageSum {

    private static final long FRACTION_ONE = 1_000_000_000_000_000_000L;
    private static final int FRACTION_DIGITS = 18;

    private long whole;
    /** Of 10^18, with the sign of what was added: both parts move together. */
    private long fraction;
    private BigDecimal carried;

    /** @param plain a sign, digits, an optional point and digits; the empty text adds nothing */
    public void add(String plain) {
        int end = plain.length();
        boolean negative = end > 0 && plain.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long addedWhole = 0;
        int wholeDigits = 0;
        while (i < end && plain.charAt(i) != '.') {
            addedWhole = addedWhole * 10 + (plain.charAt(i++) - '0');
            wholeDigits++;
        }
        long addedFraction = 0;
        int fractionDigits = 0;
        if (i < end) {
            i++;
            while (i < end) {
                addedFraction = addedFraction * 10 + (plain.charAt(i++) - '0');
                fractionDigits++;
            }
        }
        if (wholeDigits > 18 || fractionDigits > FRACTION_DIGITS) {
            carry(new BigDecimal(plain));
            return;
        }
        for (int d = fractionDigits; d < FRACTION_DIGITS; d++) {
            addedFraction *= 10;
        }
        if (negative) {
            addedWhole = -addedWhole;
            addedFraction = -addedFraction;
        }
        long newFraction = fraction + addedFraction;
        long newWhole;
        try {
            newWhole = Math.addExact(whole, addedWhole);
        } catch (ArithmeticException e) {
            carry(new BigDecimal(plain));
            return;
        }
        // both fractions are below one in size: the sum is below two, and a carry brings it back below one
        if (newFraction >= FRACTION_ONE) {
            newFraction -= FRACTION_ONE;
            newWhole = carryWhole(newWhole, 1);
        } else if (newFraction <= -FRACTION_ONE) {
            newFraction += FRACTION_ONE;
            newWhole = carryWhole(newWhole, -1);
        }
        whole = newWhole;
        fraction = newFraction;
    }

    private long carryWhole(long sum, int carry) {
        try {
            return Math.addExact(sum, carry);
        } catch (ArithmeticException e) {
            carry(BigDecimal.valueOf(sum));
            return carry;
        }
    }

    private void carry(BigDecimal amount) {
        carried = carried == null ? amount : carried.add(amount);
    }

    /** The text of whole + fraction / 10^18 (a fraction not 0), written out without a BigDecimal's divisions. */
    private static String plain(long whole, long fraction) {
        // give both parts one sign: 1 and -0.25 is 0.75
        if (whole > 0 && fraction < 0) {
            whole--;
            fraction += FRACTION_ONE;
        } else if (whole < 0 && fraction > 0) {
            whole++;
            fraction -= FRACTION_ONE;
        }
        StringBuilder text = new StringBuilder(40);
        if (whole < 0 || fraction < 0) {
            text.append('-');
        }
        text.append(Math.abs(whole)).append('.');
        String digits = Long.toString(Math.abs(fraction));
        for (int pad = digits.length(); pad < FRACTION_DIGITS; pad++) {
            text.append('0');
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return text.append(digits, 0, end).toString();
    }

    /** Starts again from zero. */
    public void reset() {
        whole = 0;
        fraction = 0;
        carried = null;
    }

    /** The exact total as plain decimal text, without trailing zeros after the point ({@code 0} for nothing). */
    public String toPlainString() {
        if (carried == null && fraction == 0) {
            return Long.toString(whole);
        }
        if (carried == null && whole != Long.MIN_VALUE) {
            return plain(whole, fraction);
        }
        BigDecimal sum = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(fraction, FRACTION_DIGITS));
        if (carried != null) {
            sum = sum.add(carried);
        }
        return sum.signum() == 0 ? "0" : sum.stripTrailingZeros().toPlainString();
    }
}
