package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals("not a JSON object of names and values at character 6: unknown escape \\q",
                assertThrows(IllegalArgumentException.class, () -> read("{\"a\\q\":1}")).getMessage());
    }

    private static Map<String, String> read(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        FlatJsonObject.forEach(json, values::put);
        return values;
    }
}
