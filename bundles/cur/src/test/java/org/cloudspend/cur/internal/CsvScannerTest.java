package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvScannerTest {

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1, 2, 3, 5, 8, 64, 1 << 20})
    void splitsRecordsAndFieldsWhereverTheBufferEnds(int buffer) throws IOException {
        String csv = "\uFEFFa,b,c\r\n"
                + "1,\"two, with comma\",3\n"
                + "\n"
                + "\"say \"\"hi\"\"\",,\"multi\nline\"\r\n"
                + "x,\"\",z,\n"
                + "last,row";
        assertEquals(List.of(
                        List.of("a", "b", "c"),
                        List.of("1", "two, with comma", "3"),
                        List.of("say \"hi\"", "", "multi\nline"),
                        List.of("x", "", "z", ""),
                        List.of("last", "row")),
                scan(csv, buffer));
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {8, 64, 1 << 20})
    void textMadeMostlyOfSeparatorsIsSplitAlike(int buffer) throws IOException {
        // a chunk of 64 such bytes holds more stops than the read-ahead thread notes: it is gone over byte by byte
        List<List<String>> records = scan("a" + ",".repeat(100) + "b\nc,d\n", buffer);
        assertEquals(101, records.get(0).size());
        assertEquals(List.of("a", "", "b"), List.of(records.get(0).get(0), records.get(0).get(50),
                records.get(0).get(100)));
        assertEquals(List.of("c", "d"), records.get(1));
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1, 4, 1 << 20})
    void keepsUtf8BytesWhole(int buffer) throws IOException {
        assertEquals(List.of(List.of("café", "日本")), scan("café,日本\n", buffer));
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1, 3, 1 << 20})
    void aQuoteThatNeverEndsIsMalformed(int buffer) {
        CsvScanner.MalformedCsvException e = assertThrows(CsvScanner.MalformedCsvException.class,
                () -> scan("a,b\n1,\"open", buffer));
        assertEquals("a quoted field does not end before the end of the file", e.getMessage());
        assertThrows(CsvScanner.MalformedCsvException.class, () -> scan("\"a\"b,c\n", buffer));
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1, 2, 3, 7, 16, 1 << 20})
    void passesOverRunsOfUnwantedFieldsWhateverTheyHold(int buffer) throws IOException {
        // fields 0 and 6 wanted; 1-5 between them hold empty, quoted, escaped and multi-line values
        boolean[] wanted = {true, false, false, false, false, false, true};
        String csv = "a,1,2,3,4,5,b\n"
                + "c,,,,,,d\n"
                + "e,\"x,y\",2,\"say \"\"hi\"\"\",\"multi\nline\",,f\r\n"
                + "g,1,2\n"
                + "h,1,2,3,4,5,i,extra\n"
                + "j,,\"\",,,,k";
        assertEquals(List.of(
                        List.of("0=a", "6=b"),
                        List.of("0=c", "6=d"),
                        List.of("0=e", "6=f"),
                        List.of("0=g"),
                        List.of("0=h", "6=i", "7=extra"),
                        List.of("0=j", "6=k")),
                scan(csv, buffer, wanted));
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1, 2, 3, 5, 8, 64, 1 << 20})
    void fieldsKeptQuotedArePassedOnAsTheyStand(int buffer) throws IOException {
        // field 1 kept quoted: its quoted values come with "" as they are, unquoted ones as usual
        boolean[] keptQuoted = {false, true, false};
        String csv = "a,\"{\"\"k\"\":\"\"v, w\"\"}\",c\n"
                + "d,{},\"say \"\"hi\"\"\"\r\n"
                + "e,\"\"\"\"\"\",f\n"
                + "g,\"\"";
        assertEquals(List.of(
                        List.of("0=a", "1~{\"\"k\"\":\"\"v, w\"\"}", "2=c"),
                        List.of("0=d", "1={}", "2=say \"hi\""),
                        List.of("0=e", "1~\"\"\"\"", "2=f"),
                        List.of("0=g", "1~")),
                scan(csv, buffer, null, keptQuoted));
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1, 3, 1 << 20})
    void aFieldKeptQuotedThatNeverEndsIsMalformed(int buffer) {
        boolean[] keptQuoted = {false, true};
        assertEquals("a quoted field does not end before the end of the file",
                assertThrows(CsvScanner.MalformedCsvException.class,
                        () -> scan("a,\"{\"\"k\"\"", buffer, null, keptQuoted)).getMessage());
        assertEquals("text after the closing quote of a field",
                assertThrows(CsvScanner.MalformedCsvException.class,
                        () -> scan("a,\"x\"y\n", buffer, null, keptQuoted)).getMessage());
    }

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1, 2, 3, 5, 8, 64, 1 << 20})
    void aFieldKeptQuotedIsReadInPlaceWhenItsReaderFindsItsEnd(int buffer) throws IOException {
        // the reader below reads in place up to the first quote: right for "ab" and "{}", too early for the others,
        // which the scanner then passes on whole, as it does any field whose end is past the bytes at hand
        String csv = "1,\"ab\",x\n"
                + "2,\"a\"\"b\",y\n"
                + "3,\"{}\"\n"
                + "4,\"c\"\"\",z\n"
                + "5,\"\"";
        List<Map<Integer, String>> records = new ArrayList<>();
        int[] passedWhole = new int[1];
        new CsvScanner(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), buffer)
                .scan(new CsvScanner.Fields() {
                    private Map<Integer, String> fields;

                    @Override
                    public boolean[] beginRecord() {
                        fields = new TreeMap<>();
                        return null;
                    }

                    @Override
                    public void field(int index, byte[] buf, int offset, int length) {
                        fields.put(index, new String(buf, offset, length, StandardCharsets.UTF_8));
                    }

                    @Override
                    public boolean[] keptQuoted() {
                        return new boolean[] {false, true, false};
                    }

                    @Override
                    public int quotedFieldInPlace(int index, byte[] buf, int from, int limit) {
                        for (int i = from; i < limit; i++) {
                            if (buf[i] == '"') {
                                fields.put(index, new String(buf, from, i - from, StandardCharsets.UTF_8));
                                return i;
                            }
                        }
                        return -1;
                    }

                    @Override
                    public void quotedField(int index, byte[] buf, int offset, int length) {
                        passedWhole[0]++;
                        fields.put(index, new String(buf, offset, length, StandardCharsets.UTF_8));
                    }

                    @Override
                    public boolean endRecord() {
                        records.add(fields);
                        return true;
                    }
                });
        assertEquals(List.of(
                        Map.of(0, "1", 1, "ab", 2, "x"),
                        Map.of(0, "2", 1, "a\"\"b", 2, "y"),
                        Map.of(0, "3", 1, "{}"),
                        Map.of(0, "4", 1, "c\"\"", 2, "z"),
                        Map.of(0, "5", 1, "")),
                records);
        if (buffer == 1 << 20) {
            // all in one buffer: only the fields the reader got wrong, and the last one (its quote ends the data)
            assertEquals(3, passedWhole[0]);
        }
    }

    private static List<List<String>> scan(String csv, int buffer) throws IOException {
        List<List<String>> records = new ArrayList<>();
        for (List<String> record : scan(csv, buffer, null)) {
            records.add(record.stream().map(field -> field.substring(field.indexOf('=') + 1)).toList());
        }
        return records;
    }

    private static List<List<String>> scan(String csv, int buffer, boolean[] wanted) throws IOException {
        return scan(csv, buffer, wanted, null);
    }

    /**
     * Every field passed on, as {@code index=text}, or {@code index~text} for a field kept quoted; the same (or the same
     * failure) when the bytes come in read-ahead chunks of the buffer's size, with their stops found beforehand.
     */
    private static List<List<String>> scan(String csv, int buffer, boolean[] wanted, boolean[] keptQuoted)
            throws IOException {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        List<List<String>> inBuffer;
        try {
            inBuffer = scan(new CsvScanner(new ByteArrayInputStream(bytes), buffer), wanted, keptQuoted);
        } catch (CsvScanner.MalformedCsvException e) {
            try (ReadAheadInputStream chunks = chunks(bytes, buffer)) {
                assertEquals(e.getMessage(), assertThrows(CsvScanner.MalformedCsvException.class,
                        () -> scan(new CsvScanner(chunks), wanted, keptQuoted)).getMessage());
            }
            throw e;
        }
        try (ReadAheadInputStream chunks = chunks(bytes, buffer)) {
            assertEquals(inBuffer, scan(new CsvScanner(chunks), wanted, keptQuoted), "read in chunks");
        }
        return inBuffer;
    }

    /** Chunks of that size, with room for half as many bytes before them: short records are moved, longer joined. */
    private static ReadAheadInputStream chunks(byte[] bytes, int size) {
        return new ReadAheadInputStream(new ByteArrayInputStream(bytes), "test", size, Math.max(1, size / 2));
    }

    private static List<List<String>> scan(CsvScanner scanner, boolean[] wanted, boolean[] keptQuoted)
            throws IOException {
        List<List<String>> records = new ArrayList<>();
        scanner.scan(new CsvScanner.Fields() {
            private List<String> fields;

            @Override
            public boolean[] beginRecord() {
                fields = new ArrayList<>();
                return wanted;
            }

            @Override
            public void field(int index, byte[] buf, int offset, int length) {
                if (wanted == null) {
                    assertEquals(fields.size(), index);
                }
                fields.add(index + "=" + new String(buf, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public boolean[] keptQuoted() {
                return keptQuoted;
            }

            @Override
            public void quotedField(int index, byte[] buf, int offset, int length) {
                fields.add(index + "~" + new String(buf, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public boolean endRecord() {
                records.add(fields);
                return true;
            }
        });
        return records;
    }
}
