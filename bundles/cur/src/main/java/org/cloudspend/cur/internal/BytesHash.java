package org.cloudspend.cur.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A hash of a range of bytes, read eight at a time: the caches that spare the CSV reader a String per repeated value
 * hash every such value, and a byte-by-byte hash cost a tenth of the reading. The last one to seven bytes are read as
 * one word too (most values are shorter than sixteen bytes, and each step waits for the multiply before it).
 */
final class BytesHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private BytesHash() {
    }

    static int of(byte[] buf, int offset, int length) {
        long hash = length;
        int i = offset;
        int end = offset + length;
        for (int last = end - Long.BYTES; i <= last; i += Long.BYTES) {
            hash = (hash ^ (long) LONGS.get(buf, i)) * MULTIPLIER;
        }
        int tail = end - i;
        if (tail > 0) {
            hash = (hash ^ tail(buf, i, tail)) * MULTIPLIER;
        }
        return (int) (hash ^ (hash >>> 32) ^ (hash >>> 45));
    }

    /** The last 1-7 bytes as a little-endian word: read as eight, the bytes after them masked off, when there are eight. */
    private static long tail(byte[] buf, int from, int count) {
        if (from + Long.BYTES <= buf.length) {
            return (long) LONGS.get(buf, from) & (-1L >>> (Long.SIZE - Byte.SIZE * count));
        }
        long word = 0;
        for (int i = from + count - 1; i >= from; i--) {
            word = (word << Byte.SIZE) | (buf[i] & 0xff);
        }
        return word;
    }
}
