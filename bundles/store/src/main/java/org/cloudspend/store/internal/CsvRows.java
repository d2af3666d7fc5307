package org.cloudspend.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cloudspend.api.export.Money;

/**
 * Rows for COPY as UTF-8 CSV, the bulk format both backends read fastest, written byte by byte into one buffer: a
 * month is a million rows, so no StringBuilder, Writer or BigDecimal per value. Text is quoted when empty or when it
 * holds a separator, quote or line break; an unquoted empty field would be NULL, and the store writes no NULL.
 */
final class CsvRows {

    private static final long ONE = BigDecimal.ONE.scaleByPowerOfTen(Money.SCALE).longValueExact();

    /** The ASCII chars written as they are, unquoted. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = ' '; c < 127; c++) {
            PLAIN[c] = c != '"' && c != ',';
        }
        PLAIN['\t'] = true;
    }

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 20];
    private int length;
    /** The last {@link #scaled} amount and where its digits are in the buffer (-1: flushed since). */
    private long lastScaled;
    private int lastScaledAt = -1;
    private int lastScaledLength;

    CsvRows(OutputStream out) {
        this.out = out;
    }

    /** Has the writer write its rows to the stream, all of them flushed. */
    static void write(OutputStream out, Database.RowWriter rows) throws IOException {
        CsvRows csv = new CsvRows(out);
        rows.write(csv);
        csv.flush();
    }

    /**
     * Text as a CSV field. ASCII without a separator, quote or line break (nearly every value of a billing export) is
     * written char by char straight into the buffer; anything else is encoded and quoted as needed.
     */
    void text(String value) throws IOException {
        int chars = value.length();
        if (chars == 0) {
            // quoted: an unquoted empty field would be NULL
            room(2);
            buffer[length++] = '"';
            buffer[length++] = '"';
            separator();
            return;
        }
        if (chars <= buffer.length / 2) {
            room(chars);
            int at = length;
            for (int i = 0; i < chars; i++) {
                char c = value.charAt(i);
                if (c >= PLAIN.length || !PLAIN[c]) {
                    encoded(value);
                    return;
                }
                buffer[at++] = (byte) c;
            }
            length = at;
            separator();
            return;
        }
        encoded(value);
    }

    /** Text that is not empty, as UTF-8, quoted when it holds a separator, quote or line break. */
    private void encoded(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        boolean quote = false;
        for (int i = 0; i < bytes.length && !quote; i++) {
            byte b = bytes[i];
            quote = b == '"' || b == ',' || b == '\n' || b == '\r';
        }
        raw(quote ? quoted(bytes) : bytes);
        separator();
    }

    private static byte[] quoted(byte[] bytes) {
        byte[] quoted = new byte[2 * bytes.length + 2];
        int at = 0;
        quoted[at++] = '"';
        for (byte b : bytes) {
            if (b == '"') {
                quoted[at++] = '"';
            }
            quoted[at++] = b;
        }
        quoted[at++] = '"';
        return Arrays.copyOf(quoted, at);
    }

    /** A value known to be ASCII without separators: numbers, dates. */
    void ascii(String value) throws IOException {
        room(value.length());
        for (int i = 0; i < value.length(); i++) {
            buffer[length++] = (byte) value.charAt(i);
        }
        separator();
    }

    void number(long value) throws IOException {
        room(20);
        digits(value);
        separator();
    }

    /**
     * A scaled amount as plain decimal text, without trailing zeros (1.23 rather than 1.2300000000: the spool is a
     * tenth smaller, and the database reads the same exact decimal). The same amount as the last one is copied from
     * it: a line item's four cost measures are mostly equal.
     */
    void scaled(long scaled) throws IOException {
        if (scaled == lastScaled && lastScaledAt >= 0) {
            room(lastScaledLength);
            if (lastScaledAt >= 0) {
                // not flushed meanwhile: the last amount's digits are still where they were written
                System.arraycopy(buffer, lastScaledAt, buffer, length, lastScaledLength);
                lastScaledAt = length;
                length += lastScaledLength;
                separator();
                return;
            }
        }
        if (scaled == Long.MIN_VALUE) {
            ascii(BigDecimal.valueOf(scaled, Money.SCALE).toPlainString());
            return;
        }
        room(40);
        int start = length;
        long magnitude = Math.abs(scaled);
        if (scaled < 0) {
            buffer[length++] = '-';
        }
        digits(magnitude / ONE);
        long fraction = magnitude % ONE;
        if (fraction != 0) {
            int decimals = Money.SCALE;
            while (fraction % 10 == 0) {
                fraction /= 10;
                decimals--;
            }
            buffer[length++] = '.';
            for (int at = length + decimals - 1; at >= length; at--) {
                buffer[at] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            length += decimals;
        }
        lastScaled = scaled;
        lastScaledAt = start;
        lastScaledLength = length - start;
        separator();
    }

    /** The decimal digits of a value that is not negative. */
    private void digits(long value) {
        int start = length;
        do {
            buffer[length++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int from = start, to = length - 1; from < to; from++, to--) {
            byte swap = buffer[from];
            buffer[from] = buffer[to];
            buffer[to] = swap;
        }
    }

    private void raw(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length / 2) {
            // a value too long to buffer (never seen in AWS's exports, but not refused)
            flush();
            out.write(bytes);
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void separator() throws IOException {
        room(0);
        buffer[length++] = ',';
    }

    /** Ends the row: its last separator becomes the line break. */
    void endRow() {
        buffer[length - 1] = '\n';
    }

    /** Makes room for that many bytes and a separator. */
    private void room(int bytes) throws IOException {
        if (length + bytes + 1 > buffer.length) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
        lastScaledAt = -1;
    }
}
