package org.cloudspend.cur.internal;

import java.util.Arrays;
import org.apache.parquet.column.values.bitpacking.BytePacker;
import org.apache.parquet.column.values.bitpacking.Packer;
import org.apache.parquet.io.ParquetDecodingException;

/**
 * Decodes Parquet's RLE / bit-packing hybrid encoding (levels and dictionary ids), or the deprecated big-endian
 * BIT_PACKED levels, a batch of values at a time into an int array; the bit unpacking itself is parquet-java's.
 * A page's values are decoded as they are asked for, so a page of a million values never needs a million ints.
 */
final class RleBitPackedHybrid {

    private static final BytePacker[] LITTLE_ENDIAN = new BytePacker[33];

    static {
        for (int width = 0; width <= 32; width++) {
            LITTLE_ENDIAN[width] = Packer.LITTLE_ENDIAN.newBytePacker(width);
        }
    }

    private final byte[] in;
    private final int end;
    private final int width;
    private final BytePacker packer;
    private final String column;
    /** False for BIT_PACKED levels: one bit-packed run without headers. */
    private final boolean headers;
    private int at;
    private boolean repeated;
    private int repeatedValue;
    private long left;
    private final int[] group = new int[8];
    private int groupAt = 8;

    private RleBitPackedHybrid(byte[] in, int from, int end, int width, BytePacker packer, boolean headers,
            long left, String column) {
        if (width < 0 || width > 32) {
            throw new ParquetDecodingException(column + " has values of " + width + " bits");
        }
        this.in = in;
        this.at = from;
        this.end = end;
        this.width = width;
        this.packer = packer;
        this.headers = headers;
        this.left = left;
        this.column = column;
    }

    /** The hybrid encoding in {@code in[from..end)}, values of {@code width} bits. */
    static RleBitPackedHybrid hybrid(byte[] in, int from, int end, int width, String column) {
        return new RleBitPackedHybrid(in, from, end, width, width >= 0 && width <= 32 ? LITTLE_ENDIAN[width] : null,
                true, 0, column);
    }

    /** {@code count} BIT_PACKED levels starting at {@code from}, {@link #bitPackedLength} bytes. */
    static RleBitPackedHybrid bitPacked(byte[] in, int from, int count, int width, String column) {
        return new RleBitPackedHybrid(in, from, from + bitPackedLength(count, width), width,
                Packer.BIG_ENDIAN.newBytePacker(width), false, count, column);
    }

    static int bitPackedLength(int count, int width) {
        return (int) (((long) count * width + 7) >>> 3);
    }

    /**
     * When the next {@code n} values are one repeated value (within one RLE run), steps past them and returns it;
     * else returns -1 and leaves them to {@link #read}.
     */
    int repeatedFor(int n) {
        if (width == 0) {
            return 0;
        }
        if (left == 0) {
            readHeader(n);
        }
        if (repeated && left >= n) {
            left -= n;
            return repeatedValue;
        }
        return -1;
    }

    /** Decodes the next {@code n} values into {@code out[off..off+n)}; {@code out} has room for eight more. */
    void read(int[] out, int off, int n) {
        if (width == 0) {
            Arrays.fill(out, off, off + n, 0);
            return;
        }
        int filled = off;
        int stop = off + n;
        while (filled < stop) {
            if (left == 0) {
                readHeader(stop - filled);
            }
            int take = (int) Math.min(left, stop - filled);
            left -= take;
            if (repeated) {
                Arrays.fill(out, filled, filled + take, repeatedValue);
                filled += take;
                continue;
            }
            while (take > 0) {
                if (groupAt < 8) {
                    int copied = Math.min(8 - groupAt, take);
                    System.arraycopy(group, groupAt, out, filled, copied);
                    groupAt += copied;
                    filled += copied;
                    take -= copied;
                } else if (take >= 8) {
                    unpack8(out, filled);
                    filled += 8;
                    take -= 8;
                } else {
                    unpack8(group, 0);
                    groupAt = 0;
                }
            }
        }
    }

    private void readHeader(int wanted) {
        if (!headers) {
            throw early(wanted);
        }
        int header = 0;
        int shift = 0;
        byte b;
        do {
            if (at >= end || shift > 28) {
                throw early(wanted);
            }
            b = in[at++];
            header |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        repeated = (header & 1) == 0;
        if (repeated) {
            int byteWidth = (width + 7) >>> 3;
            if (at + byteWidth > end) {
                throw early(wanted);
            }
            int value = 0;
            for (int i = 0; i < byteWidth; i++) {
                value |= (in[at + i] & 0xff) << (8 * i);
            }
            at += byteWidth;
            repeatedValue = value;
            left = header >>> 1;
        } else {
            left = (long) (header >>> 1) * 8;
            groupAt = 8;
        }
    }

    /** Unpacks eight values; the last group of a stream may be cut short of its width. */
    private void unpack8(int[] out, int off) {
        if (at + width <= end) {
            packer.unpack8Values(in, at, out, off);
        } else if (at < end) {
            byte[] padded = new byte[width];
            System.arraycopy(in, at, padded, 0, end - at);
            packer.unpack8Values(padded, 0, out, off);
        } else {
            throw early(8);
        }
        at += width;
    }

    private ParquetDecodingException early(int wanted) {
        return new ParquetDecodingException("the encoded values of " + column + " end before the page's last value ("
                + wanted + " more were expected)");
    }
}
