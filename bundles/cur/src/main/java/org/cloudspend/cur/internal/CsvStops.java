package org.cloudspend.cur.internal;

/**
 * The bytes where a CSV field may end, or a quoted one begin or end: separators, line ends and quotes. Finding them
 * means going over every byte; done without a branch per byte, on the read-ahead thread while it waits for the parser,
 * it spares the parsing thread that pass and lets it pass over a run of unwanted fields in one step (a billing export
 * has a hundred-odd columns, most of them a few bytes long or empty).
 */
final class CsvStops {

    private static final byte[] STOP = new byte[256];
    /** The bytes gone over between two checks of the room left for their stops. */
    private static final int BLOCK = 4096;

    static {
        STOP[','] = 1;
        STOP['\n'] = 1;
        STOP['\r'] = 1;
        STOP['"'] = 1;
    }

    private CsvStops() {
    }

    static boolean isStop(byte b) {
        return STOP[b & 0xff] != 0;
    }

    /**
     * Puts the positions of the stops among {@code data[from, to)} into {@code into}, in order, followed by
     * {@link Integer#MAX_VALUE} (so that a search for the next stop needs no check for the last one); returns how many,
     * or -1 when they do not fit (text made mostly of separators, left to be gone over byte by byte).
     */
    static int find(byte[] data, int from, int to, int[] into) {
        int room = into.length - 1;
        int count = 0;
        for (int block = from; block < to; block += BLOCK) {
            int blockEnd = Math.min(to, block + BLOCK);
            if (count + (blockEnd - block) <= room) {
                for (int i = block; i < blockEnd; i++) {
                    // every position is written, and kept only when it is a stop
                    into[count] = i;
                    count += STOP[data[i] & 0xff];
                }
                continue;
            }
            for (int i = block; i < blockEnd; i++) {
                if (STOP[data[i] & 0xff] != 0) {
                    if (count == room) {
                        return -1;
                    }
                    into[count++] = i;
                }
            }
        }
        into[count] = Integer.MAX_VALUE;
        return count;
    }
}
