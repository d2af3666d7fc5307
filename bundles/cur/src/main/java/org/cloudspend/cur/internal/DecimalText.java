package org.cloudspend.cur.internal;

import java.math.BigDecimal;
import org.cloudspend.api.export.Money;

/**
 * Reads decimal text straight into a {@link Money}-scaled long, without a BigDecimal or a String for the common
 * shapes ({@code -12.3456}); rounds half-even past {@value Money#SCALE} decimals. Exponents and numbers too large for
 * the fast path go through BigDecimal, so every value AWS writes is read exactly.
 */
final class DecimalText {

    private static final int SCALE = Money.SCALE;
    private static final long ONE = 10_000_000_000L;
    /** The largest integer part the fast path takes without risking overflow once scaled. */
    private static final long MAX_FAST_INTEGER = Long.MAX_VALUE / ONE - 1;

    private DecimalText() {
    }

    static long toScaled(CharSequence text) {
        int length = text.length();
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                throw new NumberFormatException("not a decimal number");
            }
            bytes[i] = (byte) c;
        }
        return toScaled(bytes, 0, length);
    }

    /**
     * @throws NumberFormatException when the text is not a decimal number
     * @throws ArithmeticException when it does not fit (more than about 900 million)
     */
    static long toScaled(byte[] buf, int offset, int length) {
        int i = offset;
        int end = offset + length;
        if (i == end) {
            throw new NumberFormatException("empty");
        }
        boolean negative = false;
        byte first = buf[i];
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        long integer = 0;
        int digits = 0;
        while (i < end && isDigit(buf[i])) {
            integer = integer * 10 + (buf[i] - '0');
            digits++;
            i++;
            if (integer > MAX_FAST_INTEGER) {
                return slowPath(buf, offset, length);
            }
        }
        long fraction = 0;
        int fractionDigits = 0;
        int firstDropped = -1;
        boolean nonZeroAfterFirstDropped = false;
        if (i < end && buf[i] == '.') {
            i++;
            while (i < end && isDigit(buf[i])) {
                int digit = buf[i] - '0';
                if (fractionDigits < SCALE) {
                    fraction = fraction * 10 + digit;
                    fractionDigits++;
                } else if (firstDropped < 0) {
                    firstDropped = digit;
                } else if (digit != 0) {
                    nonZeroAfterFirstDropped = true;
                }
                digits++;
                i++;
            }
        }
        if (i < end) {
            byte c = buf[i];
            if ((c == 'e' || c == 'E') && digits > 0) {
                return slowPath(buf, offset, length);
            }
            throw new NumberFormatException("not a decimal number");
        }
        if (digits == 0) {
            throw new NumberFormatException("not a decimal number");
        }
        for (int pad = fractionDigits; pad < SCALE; pad++) {
            fraction *= 10;
        }
        long scaled = integer * ONE + fraction;
        if (firstDropped > 5 || (firstDropped == 5 && (nonZeroAfterFirstDropped || (scaled & 1) == 1))) {
            scaled++;
        }
        return negative ? -scaled : scaled;
    }

    /**
     * Whether the text is a plain decimal: digits, with a leading minus and one point between digits at most (no plus,
     * no exponent), as {@link java.math.BigDecimal#toPlainString} writes it and any database reads it.
     */
    static boolean isPlain(String text) {
        int end = text.length();
        int i = end > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digitsBefore = 0;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            int digitsAfter = 0;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
                digitsAfter++;
            }
            return digitsAfter > 0 && i == end;
        }
        return i == end;
    }

    /** Whether BigDecimal would read the text: sign, digits, a point, an exponent. Checked without parsing. */
    static boolean isDecimal(String text) {
        int i = 0;
        int end = text.length();
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            return exponentDigits > 0 && i == end;
        }
        return i == end;
    }

    private static long slowPath(byte[] buf, int offset, int length) {
        return Money.toScaled(new BigDecimal(new String(buf, offset, length, java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
