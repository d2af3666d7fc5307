package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of the label sets stored in one database, by fingerprint: facts refer to a set by its id. Used under the
 * database's lock only.
 */
final class LabelSetIds {

    private final Map<String, Long> ids = new HashMap<>();
    private long nextId;

    private LabelSetIds() {
    }

    /** The label sets the database holds. */
    static LabelSetIds load(Connection connection) throws SQLException {
        LabelSetIds labelSets = new LabelSetIds();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, fingerprint FROM label_sets")) {
            labelSets.add(result);
        }
        return labelSets;
    }

    private void add(ResultSet result) throws SQLException {
        while (result.next()) {
            ids.put(result.getString(2), result.getLong(1));
            nextId = Math.max(nextId, result.getLong(1) + 1);
        }
    }

    /**
     * The stored id of each of a load's label sets (by the number its facts refer to), storing the sets not seen
     * before. Nodes sharing a database take turns (the database's label-set lock) and first learn the sets other nodes
     * stored, so an id is never given twice. A set stored for a load that then fails is merely unused.
     */
    long[] register(Database backend, Connection connection, List<String> fingerprints) throws SQLException {
        long[] known = known(fingerprints);
        if (known != null) {
            return known;
        }
        backend.lockLabelSets(connection);
        try {
            try (PreparedStatement stored = connection.prepareStatement(
                    "SELECT id, fingerprint FROM label_sets WHERE id >= ?")) {
                stored.setLong(1, nextId);
                try (ResultSet result = stored.executeQuery()) {
                    add(result);
                }
            }
            Map<String, Long> newSets = new HashMap<>();
            for (String fingerprint : fingerprints) {
                if (!ids.containsKey(fingerprint) && !newSets.containsKey(fingerprint)) {
                    newSets.put(fingerprint, nextId++);
                }
            }
            // in bulk: one insert per set and entry took seconds for a month's thousands of tag sets
            if (!newSets.isEmpty()) {
                backend.copy(connection, "label_sets", rows -> LabelSets.writeSets(rows, newSets));
                backend.copy(connection, "label_set_entries", rows -> LabelSets.writeEntries(rows, newSets));
            }
            ids.putAll(newSets);
        } finally {
            backend.unlockLabelSets(connection);
        }
        return known(fingerprints);
    }

    /** The ids of these label sets, or null when one is not stored yet. */
    private long[] known(List<String> fingerprints) {
        long[] known = new long[fingerprints.size()];
        for (int i = 0; i < known.length; i++) {
            Long id = ids.get(fingerprints.get(i));
            if (id == null) {
                return null;
            }
            known[i] = id;
        }
        return known;
    }
}
