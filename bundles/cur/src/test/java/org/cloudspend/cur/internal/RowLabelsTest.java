package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowLabelsTest {

    private final RowLabels labels = new RowLabels();

    @Test
    void theFirstOfTwoColumnsThatMeetInOneKeyWinsAndSetReplaces() {
        labels.setIfAbsent("cost_center", "ops");
        labels.setIfAbsent("cost_center", "web");
        labels.set("team", "a");
        labels.set("team", "b");
        assertEquals(Map.of("cost_center", "ops", "team", "b"), labels);
        assertEquals("ops", labels.get(new String("cost_center")));
        assertNull(labels.get("owner"));
    }

    @Test
    void aRowWithManyLabelsIsReadLikeAnyMapAndTheNextRowStartsEmpty() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            labels.setIfAbsent("tag_" + i, "v" + i);
            labels.setIfAbsent("tag_" + i, "again");
            expected.put("tag_" + i, "v" + i);
        }
        assertEquals(expected, labels);
        assertEquals(expected, new HashMap<>(labels));
        Map<String, String> walked = new LinkedHashMap<>();
        labels.forEach(walked::put);
        assertEquals(expected.toString(), walked.toString(), "in the order they were added");

        labels.reset();
        assertEquals(Map.of(), labels);
        assertNull(labels.get("tag_3"));
        labels.setIfAbsent("tag_3", "new");
        assertEquals(Map.of("tag_3", "new"), labels);
        for (int i = 0; i < 20; i++) {
            labels.set("k" + i, "x");
        }
        assertEquals(21, labels.size());
        assertEquals("new", labels.get("tag_3"));
        assertNull(labels.get("tag_4"), "the index forgets the rows before");
    }

    @Test
    void whoeverTakesTheLineItemCannotChangeIt() {
        labels.set("team", "a");
        assertThrows(UnsupportedOperationException.class, () -> labels.put("team", "b"));
        assertThrows(UnsupportedOperationException.class, () -> labels.entrySet().iterator().next().setValue("b"));
        assertThrows(UnsupportedOperationException.class, () -> labels.clear());
        assertEquals(Map.of("team", "a"), labels);
    }
}
