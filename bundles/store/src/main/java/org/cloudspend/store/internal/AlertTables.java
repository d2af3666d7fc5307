package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertState;

/**
 * Alerts, one row per condition. Every change of state is one conditional statement, so that of two nodes sharing a
 * database seeing the same condition, exactly one raises (or resolves) it.
 */
final class AlertTables {

    private AlertTables() {
    }

    /** Inserts the alert, or opens a resolved one again; true if this call did either. */
    static boolean raise(Connection connection, Alert alert) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alerts VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            insert.setString(1, alert.id());
            insert.setString(2, alert.kind().name());
            insert.setString(3, alert.subject());
            insert.setString(4, alert.condition());
            insert.setString(5, AlertState.OPEN.name());
            insert.setString(6, alert.summary());
            insert.setBigDecimal(7, alert.value());
            insert.setBigDecimal(8, alert.limit());
            insert.setString(9, alert.currency());
            insert.setTimestamp(10, Timestamp.from(alert.raisedAt()));
            insert.setTimestamp(11, Timestamp.from(alert.raisedAt()));
            if (insert.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement reopen = connection.prepareStatement("UPDATE alerts SET state = ?, summary = ?,"
                + " alert_value = ?, alert_limit = ?, raised_at = ?, changed_at = ? WHERE id = ? AND state = ?")) {
            reopen.setString(1, AlertState.OPEN.name());
            reopen.setString(2, alert.summary());
            reopen.setBigDecimal(3, alert.value());
            reopen.setBigDecimal(4, alert.limit());
            reopen.setTimestamp(5, Timestamp.from(alert.raisedAt()));
            reopen.setTimestamp(6, Timestamp.from(alert.raisedAt()));
            reopen.setString(7, alert.id());
            reopen.setString(8, AlertState.RESOLVED.name());
            return reopen.executeUpdate() == 1;
        }
    }

    /** Moves the alert from one of the states {@code from} to {@code to}; true if this call did. */
    static boolean change(Connection connection, String id, List<AlertState> from, AlertState to, Instant at)
            throws SQLException {
        String states = String.join(", ", from.stream().map(state -> "'" + state.name() + "'").toList());
        try (PreparedStatement update = connection.prepareStatement("UPDATE alerts SET state = ?, changed_at = ?"
                + " WHERE id = ? AND state IN (" + states + ")")) {
            update.setString(1, to.name());
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, id);
            return update.executeUpdate() == 1;
        }
    }

    static Optional<Alert> alert(Connection connection, String id) throws SQLException {
        return select(connection, "WHERE id = ?", id).stream().findFirst();
    }

    static List<Alert> alerts(Connection connection, boolean unresolvedOnly) throws SQLException {
        return unresolvedOnly ? select(connection, "WHERE state <> ?", AlertState.RESOLVED.name())
                : select(connection, "");
    }

    static List<Alert> unresolved(Connection connection, AlertKind kind, String subject) throws SQLException {
        return select(connection, "WHERE kind = ? AND subject = ? AND state <> ?", kind.name(), subject,
                AlertState.RESOLVED.name());
    }

    private static List<Alert> select(Connection connection, String where, String... parameters)
            throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM alerts " + where
                + " ORDER BY changed_at DESC, id")) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    alerts.add(new Alert(row.getString("id"), AlertKind.valueOf(row.getString("kind")),
                            row.getString("subject"), row.getString("condition_key"),
                            AlertState.valueOf(row.getString("state")), row.getString("summary"),
                            stripped(row.getBigDecimal("alert_value")), stripped(row.getBigDecimal("alert_limit")),
                            row.getString("currency"), row.getTimestamp("raised_at").toInstant(),
                            row.getTimestamp("changed_at").toInstant()));
                }
            }
        }
        return alerts;
    }

    private static java.math.BigDecimal stripped(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()));
    }
}
