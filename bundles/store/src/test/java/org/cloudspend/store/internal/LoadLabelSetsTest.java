package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadLabelSetsTest {

    private final LoadLabelSets sets = new LoadLabelSets();

    private int number(Map<String, String> tags, Map<String, String> costCategories) {
        return sets.numberOf(FlatLabels.of(tags), FlatLabels.of(costCategories));
    }

    @Test
    void aSetIsKnownByItsContentWhateverTheOrderOrTheMapInstance() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("user_team", "web");
        first.put("user_environment", "prod");
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("user_environment", new String("prod"));
        reversed.put("user_team", new String("web"));
        int number = number(first, Map.of());
        assertEquals(number, number(reversed, Map.of()));
        assertEquals(1, sets.fingerprints().size());
    }

    @Test
    void setsThatDifferInAnyWayAreDifferentSets() {
        int prod = number(Map.of("user_environment", "prod"), Map.of());
        int dev = number(Map.of("user_environment", "dev"), Map.of());
        int more = number(Map.of("user_environment", "prod", "user_team", "web"), Map.of());
        int none = number(Map.of(), Map.of());
        int costCategory = number(Map.of(), Map.of("user_environment", "prod"));
        int swapped = number(Map.of("prod", "user_environment"), Map.of());
        // as many entries in all, split differently between tags and cost categories
        int split = number(Map.of("user_environment", "prod"), Map.of("user_team", "web"));
        assertEquals(7, java.util.Set.of(prod, dev, more, none, costCategory, swapped, split).size());
        assertEquals(7, sets.fingerprints().size());
        assertNotEquals(sets.fingerprints().get(prod), sets.fingerprints().get(costCategory));
    }

    @Test
    void numbersStayWhileTheTableGrows() {
        for (int i = 0; i < 20_000; i++) {
            assertEquals(i, number(Map.of("user_name", "web-" + i), Map.of("team", "t" + (i % 7))));
        }
        for (int i = 0; i < 20_000; i++) {
            Map<String, String> again = new HashMap<>();
            again.put("user_name", "web-" + i);
            assertEquals(i, number(again, Map.of("team", "t" + (i % 7))));
        }
        assertEquals(20_000, sets.fingerprints().size());
    }
}
