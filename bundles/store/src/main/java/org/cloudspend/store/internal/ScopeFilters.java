package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;

/**
 * The cost filters that scope something (a budget, an anomaly monitor): one row per value of each filter, in a table of
 * the owner's (owner, filter_position, dimension, label_key, excluding, filter_value).
 */
final class ScopeFilters {

    private final String table;
    private final String ownerColumn;

    ScopeFilters(String table, String ownerColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    void write(Connection connection, String owner, List<Filter> filters) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES"
                + " (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Filter filter : filters) {
                for (String value : filter.values()) {
                    insert.setString(1, owner);
                    insert.setInt(2, position);
                    insert.setString(3, filter.on().dimension().name());
                    insert.setString(4, filter.on().key());
                    insert.setBoolean(5, filter.exclude());
                    insert.setString(6, value);
                    insert.addBatch();
                }
                position++;
            }
            insert.executeBatch();
        }
    }

    void delete(Connection connection, String owner) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE "
                + ownerColumn + " = ?")) {
            delete.setString(1, owner);
            delete.executeUpdate();
        }
    }

    /** Each owner's filters (one owner's, or all when {@code owner} is null), in the order they were given. */
    Map<String, List<Filter>> read(Connection connection, String owner) throws SQLException {
        record Key(String owner, int position, GroupBy on, boolean exclude) {
        }
        Map<Key, Set<String>> values = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table
                + (owner == null ? "" : " WHERE " + ownerColumn + " = ?") + " ORDER BY " + ownerColumn
                + ", filter_position, filter_value")) {
            if (owner != null) {
                select.setString(1, owner);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Key key = new Key(row.getString(ownerColumn), row.getInt("filter_position"),
                            new GroupBy(Dimension.valueOf(row.getString("dimension")), row.getString("label_key")),
                            row.getBoolean("excluding"));
                    values.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.getString("filter_value"));
                }
            }
        }
        Map<String, List<Filter>> filters = new LinkedHashMap<>();
        values.forEach((key, set) -> filters.computeIfAbsent(key.owner(), k -> new ArrayList<>())
                .add(new Filter(key.on(), set, key.exclude())));
        return filters;
    }
}
