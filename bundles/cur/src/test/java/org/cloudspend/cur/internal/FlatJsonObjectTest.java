package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatJsonObjectTest {

    @Test
    void readsNamesAndValues() {
        assertEquals(Map.of("user_a", "x \"quoted\" é\n", "n", "12.5", "b", "true"),
                read(" { \"user_a\" : \"x \\\"quoted\\\" \\u00e9\\n\", \"n\":12.5, \"b\":true, \"gone\":null } "));
        assertEquals(Map.of(), read("{}"));
        assertEquals(Map.of(), read(""));
    }

    @Test
    void refusesWhatIsNoFlatObject() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"a\":\"b\""));
        assertThrows(IllegalArgumentException.class, () -> read("{\"a\":{\"b\":1}}"));
        assertThrows(IllegalArgumentException.class, () -> read("[1]"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"a\":\"b\"} x"));
        assertEquals("not a JSON object of names and values at byte 6: unknown escape \\q",
                assertThrows(IllegalArgumentException.class, () -> read("{\"a\\q\":1}")).getMessage());
    }

    @Test
    void namesWithoutEscapesComeFromTheirBytesAndTextMustBeUtf8() {
        byte[] json = "{\"user_a\":\"x\",\"b\\u0041\":\"y\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        FlatJsonObject.forEach(json, 0, json.length, new FlatJsonObject.Names() {
            @Override
            public String fromBytes(byte[] buf, int offset, int length) {
                return "bytes:" + new String(buf, offset, length, StandardCharsets.UTF_8);
            }

            @Override
            public String fromText(String name) {
                return "text:" + name;
            }
        }, values::put);
        assertEquals(Map.of("bytes:user_a", "x", "text:bA", "y"), values);

        byte[] latin1 = "{\"a\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not a JSON object of names and values at byte 7: the text is not UTF-8",
                assertThrows(IllegalArgumentException.class, () -> FlatJsonObject.forEach(latin1, 0, latin1.length,
                        NAMES_AS_THEY_ARE, (name, value) -> { })).getMessage());
    }

    @Test
    void readsTheTextOfAQuotedCsvFieldAsItStandsWithItsQuotesDoubled() {
        // {"user_a":"say \"hi\"","b\u0041":"y","n":12.5} inside a quoted CSV field
        byte[] field = "{\"\"user_a\"\":\"\"say \\\"\"hi\\\"\"\"\",\"\"b\\u0041\"\":\"\"y\"\",\"\"n\"\":12.5}"
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        FlatJsonObject.forEach(field, 0, field.length, true, NAMES_AS_THEY_ARE, values::put);
        assertEquals(Map.of("user_a", "say \"hi\"", "bA", "y", "n", "12.5"), values);

        byte[] unended = "{\"\"a\"\":\"\"b\"".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> FlatJsonObject.forEach(unended, 0, unended.length, true,
                NAMES_AS_THEY_ARE, (name, value) -> { }));
    }

    @Test
    void readsAMapInPlaceUpToTheClosingQuoteOfItsCsvField() {
        // a CUR 2.0 row's resource_tags field, then the next field: the map is read without knowing where it ends
        String csv = "\"{\"\"user_a\"\":\"\"say \\\"\"hi\\\"\"\"\", \"\"n\"\":12.5} \",next\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        int end = FlatJsonObject.readInPlace(bytes, 1, bytes.length, NAMES_AS_THEY_ARE, null, values::put);
        assertEquals(csv.indexOf("\",next"), end);
        assertEquals(Map.of("user_a", "say \"hi\"", "n", "12.5"), values);
    }

    @Test
    void aMapReadInPlaceNeverReadsPastALoneQuote() {
        // each ends its CSV field (a lone quote) before its JSON text ends: never taken for one map
        for (String csv : new String[] {"\"{\"\"a\"\":\"\"b\",\"\"}\"\n", "\"{\"\"a\"\":1\",\"2}\"\n",
                "\"{\"\"a\\\",\"\"\"\":1}\"\n", "\"{\"\"a\"\":\"\"b\\\",\"\"}\"\n"}) {
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            assertThrows(IllegalArgumentException.class, () -> FlatJsonObject.readInPlace(bytes, 1, bytes.length,
                    NAMES_AS_THEY_ARE, null, (name, value) -> { }), csv);
        }
        // nor past the bytes at hand
        byte[] cut = "\"{\"\"a\"\":\"\"b\"\"}\",x".getBytes(StandardCharsets.UTF_8);
        for (int limit = 1; limit < 14; limit++) {
            int at = limit;
            assertThrows(IllegalArgumentException.class, () -> FlatJsonObject.readInPlace(cut, 1, at,
                    NAMES_AS_THEY_ARE, null, (name, value) -> { }), "limit " + limit);
        }
        assertEquals(14, FlatJsonObject.readInPlace(cut, 1, 14, NAMES_AS_THEY_ARE, null, (name, value) -> { }));
    }

    private static final FlatJsonObject.Names NAMES_AS_THEY_ARE = new FlatJsonObject.Names() {
        @Override
        public String fromBytes(byte[] buf, int offset, int length) {
            return new String(buf, offset, length, StandardCharsets.UTF_8);
        }

        @Override
        public String fromText(String name) {
            return name;
        }
    };

    private static Map<String, String> read(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        FlatJsonObject.forEach(bytes, 0, bytes.length, NAMES_AS_THEY_ARE, values::put);
        return values;
    }
}
