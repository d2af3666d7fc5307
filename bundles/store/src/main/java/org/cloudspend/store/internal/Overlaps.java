package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cloudspend.api.cost.Overlap;
import org.cloudspend.api.export.BillingPeriod;

/**
 * Counts a usage account once when its costs arrive through its payer's export and its own: the payer's export wins.
 * The linked export's (period, usage account) pairs that a payer export also carries are kept in
 * {@code superseded_facts}, recomputed whenever facts or accounts change, and every query leaves them out.
 */
final class Overlaps {

    /** The condition a query adds for its facts {@code f}. */
    static final String NOT_SUPERSEDED = "NOT EXISTS (SELECT 1 FROM superseded_facts s WHERE s.export_id = f.export_id"
            + " AND s.period = f.period AND s.account = f.account)";

    private Overlaps() {
    }

    /** Recomputes every period's overlaps (accounts changed); runs inside the caller's transaction, if any. */
    static void recompute(Connection connection) throws SQLException {
        recompute(connection, null);
    }

    /**
     * Recomputes one billing period's overlaps (a load replaced it), or every period's when {@code period} is null.
     * Without a linked account there is nothing to scan.
     */
    static void recompute(Connection connection, String period) throws SQLException {
        String inPeriod = period == null ? "" : " AND f.period = ?";
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM superseded_facts"
                + (period == null ? "" : " WHERE period = ?"))) {
            if (period != null) {
                delete.setString(1, period);
            }
            delete.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
                ResultSet linked = statement.executeQuery(
                        "SELECT count(*) FROM accounts WHERE account_type = 'LINKED'")) {
            if (linked.next() && linked.getLong(1) == 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO superseded_facts"
                + " SELECT l.export_id, l.period, l.account, min(p.export_id)"
                + " FROM (SELECT DISTINCT f.export_id, f.period, f.account FROM " + DailyServiceCosts.TABLE + " f"
                + "       JOIN accounts a ON a.id = f.export_id AND a.account_type = 'LINKED'" + inPeriod + ") l"
                + " JOIN (SELECT DISTINCT f.export_id, f.period, f.account FROM " + DailyServiceCosts.TABLE + " f"
                + "       JOIN accounts a ON a.id = f.export_id AND a.account_type = 'PAYER'" + inPeriod + ") p"
                + "   ON p.period = l.period AND p.account = l.account"
                + " GROUP BY l.export_id, l.period, l.account")) {
            if (period != null) {
                insert.setString(1, period);
                insert.setString(2, period);
            }
            insert.executeUpdate();
        }
    }

    /** Whether any usage account is counted through its payer's export instead of its own (asked at every query). */
    static boolean any(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM superseded_facts)")) {
            return row.next() && row.getBoolean(1);
        }
    }

    static List<Overlap> list(Connection connection) throws SQLException {
        List<Overlap> overlaps = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT export_id, period, account, payer_export_id"
                        + " FROM superseded_facts ORDER BY period, export_id, account")) {
            while (row.next()) {
                overlaps.add(new Overlap(row.getString(1), BillingPeriod.parse(row.getString(2)), row.getString(3),
                        row.getString(4)));
            }
        }
        return overlaps;
    }
}
