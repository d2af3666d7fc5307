package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store remembers the ids of the tag sets used last only; a forgotten set is found again, never stored twice. */
abstract class LabelSetIdsTest implements StoreBackend {

    private static final String WEB = LabelSets.fingerprint(Map.of("team", "web"), Map.of());
    private static final String DATA = LabelSets.fingerprint(Map.of("team", "data"), Map.of());
    private static final String SHOP = LabelSets.fingerprint(Map.of("team", "shop", "env", "prod"),
            Map.of("unit", "retail"));
    private static final String NONE = LabelSets.fingerprint(Map.of(), Map.of());

    @Test
    void aSetForgottenByTheCacheKeepsItsIdAndIsStoredOnce(@TempDir Path folder) throws Exception {
        try (StandaloneStore store = open(folder)) {
            LabelSetIds twoRemembered = new LabelSetIds(2);
            long[] first = register(store, twoRemembered, List.of(WEB, DATA, SHOP, NONE));
            // the cache holds two of the four now; WEB was forgotten first
            long[] second = register(store, twoRemembered, List.of(SHOP, WEB, WEB, NONE));

            assertArrayEquals(new long[] {first[2], first[0], first[0], first[3]}, second);
            assertEquals(4, count(store, "SELECT count(*) FROM label_sets"));
            assertEquals(4, count(store, "SELECT count(DISTINCT fingerprint) FROM label_sets"));
            assertEquals(3, count(store, "SELECT count(*) FROM label_set_entries WHERE set_id = " + first[2]));
        }
    }

    /** Another node sharing the database (or this one after a restart) starts with nothing in memory. */
    @Test
    void aNodeThatNeverSawASetFindsItsStoredId(@TempDir Path folder) throws Exception {
        try (StandaloneStore store = open(folder)) {
            long[] first = register(store, new LabelSetIds(10), List.of(WEB, DATA));
            long[] other = register(store, new LabelSetIds(10), List.of(DATA, SHOP, WEB));

            assertEquals(first[1], other[0]);
            assertEquals(first[0], other[2]);
            assertNotEquals(first[0], other[1]);
            assertNotEquals(first[1], other[1]);
            assertEquals(3, count(store, "SELECT count(*) FROM label_sets"));
        }
    }

    private static long[] register(StandaloneStore store, LabelSetIds ids, List<String> fingerprints) {
        return store.database().withSession("register label sets",
                session -> ids.register(session.backend(), session.connection(), fingerprints));
    }

    private static long count(StandaloneStore store, String sql) {
        return store.database().with("count", connection -> {
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
