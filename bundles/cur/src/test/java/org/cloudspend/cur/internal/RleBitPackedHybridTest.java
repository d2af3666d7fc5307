package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.values.bitpacking.BitPacking;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.apache.parquet.io.ParquetDecodingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values encoded by parquet-java's own encoders decode to themselves, whatever the batches they are asked in. */
class RleBitPackedHybridTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 8, 11, 16, 20, 31, 32})
    void hybridRunsAndPackedGroupsDecodeInAnyBatches(int width) throws IOException {
        int[] values = values(width, 10_007, new Random(width));
        RunLengthBitPackingHybridEncoder encoder = new RunLengthBitPackingHybridEncoder(width, 64, 1 << 20,
                new HeapByteBufferAllocator());
        for (int value : values) {
            encoder.writeInt(value);
        }
        byte[] bytes = encoder.toBytes().toByteArray();

        RleBitPackedHybrid decoder = RleBitPackedHybrid.hybrid(bytes, 0, bytes.length, width, "column x");
        assertArrayEquals(values, decodeInBatches(decoder, values.length, new Random(7)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 8})
    void deprecatedBigEndianLevelsDecode(int width) throws IOException {
        int[] values = values(width, 1_003, new Random(width));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BitPacking.BitPackingWriter writer = BitPacking.getBitPackingWriter(width, out);
        for (int value : values) {
            writer.write(value);
        }
        writer.finish();
        byte[] bytes = out.toByteArray();
        assertEquals(bytes.length, RleBitPackedHybrid.bitPackedLength(values.length, width));

        RleBitPackedHybrid decoder = RleBitPackedHybrid.bitPacked(bytes, 0, values.length, width, "column x");
        assertArrayEquals(values, decodeInBatches(decoder, values.length, new Random(11)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9})
    void valuesThatEndEarlyAreAnErrorNamingTheColumn(int width) throws IOException {
        RunLengthBitPackingHybridEncoder encoder = new RunLengthBitPackingHybridEncoder(width, 64, 1 << 20,
                new HeapByteBufferAllocator());
        for (int i = 0; i < 100; i++) {
            encoder.writeInt(i % 2);
        }
        byte[] bytes = encoder.toBytes().toByteArray();

        RleBitPackedHybrid decoder = RleBitPackedHybrid.hybrid(bytes, 0, bytes.length, width, "column x");
        int[] out = new int[300];
        ParquetDecodingException e = assertThrows(ParquetDecodingException.class, () -> decoder.read(out, 0, 200));
        assertEquals("the encoded values of column x end before the page's last value (96 more were expected)", e.getMessage());
    }

    /** Long runs of one value (RLE) between stretches of random values (bit-packed). */
    private static int[] values(int width, int count, Random random) {
        int[] values = new int[count];
        long limit = 1L << width;
        int i = 0;
        while (i < count) {
            int run = Math.min(count - i, 1 + random.nextInt(40));
            if (random.nextBoolean()) {
                Arrays.fill(values, i, i + run, (int) (random.nextLong() & (limit - 1)));
            } else {
                for (int j = i; j < i + run; j++) {
                    values[j] = (int) (random.nextLong() & (limit - 1));
                }
            }
            i += run;
        }
        return values;
    }

    private static int[] decodeInBatches(RleBitPackedHybrid decoder, int count, Random random) {
        int[] decoded = new int[count + 8];
        int done = 0;
        while (done < count) {
            int batch = Math.min(count - done, 1 + random.nextInt(1100));
            decoder.read(decoded, done, batch);
            done += batch;
        }
        return Arrays.copyOf(decoded, count);
    }
}
