package org.cloudspend.cur.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads date-time text to epoch seconds, remembering what it has read: a month has a few hundred distinct hours, so
 * nearly every row finds its value here, compared byte by byte, with no String made and nothing parsed.
 */
final class TimeCache {

    private static final int SLOTS = 4096;

    private final byte[][] texts = new byte[SLOTS][];
    private final long[] seconds = new long[SLOTS];

    /** @throws java.time.DateTimeException when the text is no date-time */
    long epochSecond(byte[] buf, int offset, int length) {
        int slot = BytesHash.of(buf, offset, length) & (SLOTS - 1);
        byte[] known = texts[slot];
        if (known != null && Arrays.equals(known, 0, known.length, buf, offset, offset + length)) {
            return seconds[slot];
        }
        long second = Timestamps.toEpochSecond(new String(buf, offset, length, StandardCharsets.UTF_8));
        texts[slot] = Arrays.copyOfRange(buf, offset, offset + length);
        seconds[slot] = second;
        return second;
    }
}
