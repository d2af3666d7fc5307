package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of label sets stored in one database, by fingerprint: facts refer to a set by its id. The ids of the sets
 * used most recently are kept in memory, at most {@code capacity} of them; the others are looked up in the database,
 * all of a load's at once. Used under the database's lock only.
 */
final class LabelSetIds {

    /** Sets remembered when no capacity is configured: about 50 MB of real-shaped tag sets. */
    static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, Long> recent;

    LabelSetIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A label set cache must hold at least one set, not " + capacity);
        }
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The stored id of each of a load's label sets (by the number its facts refer to), storing the sets not stored
     * before. Sets not in memory are looked up in bulk, so a set forgotten here is found, never stored twice. Nodes
     * sharing a database take turns (the database's label-set lock), so an id is never given twice. A set stored for a
     * load that then fails is merely unused.
     */
    long[] register(Database backend, Connection connection, List<String> fingerprints) throws SQLException {
        long[] ids = new long[fingerprints.size()];
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < ids.length; i++) {
            Long id = recent.get(fingerprints.get(i));
            if (id == null) {
                unknown.add(fingerprints.get(i));
            } else {
                ids[i] = id;
            }
        }
        if (unknown.isEmpty()) {
            return ids;
        }
        Map<String, Long> found = storeUnknown(backend, connection, unknown);
        for (int i = 0; i < ids.length; i++) {
            Long id = found.get(fingerprints.get(i));
            if (id != null) {
                ids[i] = id;
            }
        }
        // the load's own sets are the ones to keep (a later load of its export will mostly repeat them)
        recent.putAll(found);
        return ids;
    }

    /** The ids of these sets, stored now where the database does not hold them yet. */
    private static Map<String, Long> storeUnknown(Database backend, Connection connection, Set<String> unknown)
            throws SQLException {
        backend.lockLabelSets(connection);
        try {
            Map<String, Long> found = stored(backend, connection, unknown);
            Map<String, Long> newSets = new HashMap<>();
            long nextId = nextId(connection);
            for (String fingerprint : unknown) {
                if (!found.containsKey(fingerprint)) {
                    newSets.put(fingerprint, nextId++);
                }
            }
            // in bulk: one insert per set and entry took seconds for a month's thousands of tag sets
            if (!newSets.isEmpty()) {
                backend.copy(connection, "label_sets", rows -> LabelSets.writeSets(rows, newSets));
                backend.copy(connection, "label_set_entries", rows -> LabelSets.writeEntries(rows, newSets));
            }
            found.putAll(newSets);
            return found;
        } finally {
            backend.unlockLabelSets(connection);
        }
    }

    /** The stored ones of these sets, by one join with a temporary table of them. */
    private static Map<String, Long> stored(Database backend, Connection connection, Set<String> fingerprints)
            throws SQLException {
        List<String> wanted = new ArrayList<>(fingerprints);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_label_sets (fingerprint VARCHAR NOT NULL)");
            statement.execute("DELETE FROM wanted_label_sets");
            backend.copy(connection, "wanted_label_sets", rows -> {
                for (String fingerprint : wanted) {
                    rows.text(fingerprint);
                    rows.endRow();
                }
            });
            Map<String, Long> found = new HashMap<>();
            try (ResultSet result = statement.executeQuery("SELECT s.id, s.fingerprint FROM label_sets s"
                    + " JOIN wanted_label_sets w ON w.fingerprint = s.fingerprint")) {
                while (result.next()) {
                    found.put(result.getString(2), result.getLong(1));
                }
            }
            statement.execute("DELETE FROM wanted_label_sets");
            return found;
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT coalesce(max(id) + 1, 0) FROM label_sets")) {
            result.next();
            return result.getLong(1);
        }
    }
}
