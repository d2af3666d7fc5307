package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;

/** Anomaly monitors: one row each, and their scope's filters. */
final class AnomalyMonitorTables {

    private static final ScopeFilters FILTERS = new ScopeFilters("anomaly_monitor_filters", "monitor_name");

    private AnomalyMonitorTables() {
    }

    static List<AnomalyMonitor> monitors(Connection connection, String name) throws SQLException {
        Map<String, List<Filter>> filters = FILTERS.read(connection, name);
        List<AnomalyMonitor> monitors = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(name == null
                ? "SELECT * FROM anomaly_monitors ORDER BY name" : "SELECT * FROM anomaly_monitors WHERE name = ?")) {
            if (name != null) {
                select.setString(1, name);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String monitor = row.getString("name");
                    String dimension = row.getString("dimension");
                    monitors.add(new AnomalyMonitor(monitor, dimension == null ? Optional.empty()
                            : Optional.of(new GroupBy(Dimension.valueOf(dimension), row.getString("label_key"))),
                            filters.getOrDefault(monitor, List.of()), CostMeasure.valueOf(row.getString("measure")),
                            row.getBigDecimal("min_impact"), row.getBigDecimal("min_impact_percent"),
                            row.getBoolean("usage_only")));
                }
            }
        }
        return monitors;
    }

    static void save(Connection connection, AnomalyMonitor monitor) throws SQLException {
        delete(connection, monitor.name());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO anomaly_monitors VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, monitor.name());
            insert.setString(2, monitor.dimension().map(on -> on.dimension().name()).orElse(null));
            insert.setString(3, monitor.dimension().map(GroupBy::key).orElse(null));
            insert.setString(4, monitor.measure().name());
            insert.setBigDecimal(5, monitor.minImpact());
            insert.setBigDecimal(6, monitor.minImpactPercent());
            insert.setBoolean(7, monitor.usageOnly());
            insert.executeUpdate();
        }
        FILTERS.write(connection, monitor.name(), monitor.filters());
    }

    static boolean delete(Connection connection, String name) throws SQLException {
        FILTERS.delete(connection, name);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM anomaly_monitors WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        }
    }
}
