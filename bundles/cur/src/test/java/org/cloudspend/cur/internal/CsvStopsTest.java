package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvStopsTest {

    @Test
    void findsEverySeparatorLineEndAndQuoteInOrder() {
        byte[] data = "ab,\"c\"\r\nd,é".getBytes(StandardCharsets.UTF_8);
        int[] stops = new int[20];
        assertEquals(6, CsvStops.find(data, 0, data.length, stops));
        assertArrayEquals(new int[] {2, 3, 5, 6, 7, 9, Integer.MAX_VALUE}, Arrays.copyOf(stops, 7));
        assertEquals(3, CsvStops.find(data, 4, 9, stops));
        assertArrayEquals(new int[] {5, 6, 7, Integer.MAX_VALUE}, Arrays.copyOf(stops, 4));
    }

    @Test
    void saysWhenTheStopsDoNotFit() {
        byte[] commas = ",".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        int[] stops = new int[10_001];
        assertEquals(10_000, CsvStops.find(commas, 0, commas.length, stops));
        assertEquals(9_999, stops[9_999]);
        assertEquals(Integer.MAX_VALUE, stops[10_000]);
        assertEquals(-1, CsvStops.find(commas, 0, commas.length, new int[10_000]));
    }
}
