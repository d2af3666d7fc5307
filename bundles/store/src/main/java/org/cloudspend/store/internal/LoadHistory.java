package org.cloudspend.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;

/** The {@code loads} table: every load, committed or failed, with what it replaced and why it failed. */
final class LoadHistory {

    private LoadHistory() {
    }

    /**
     * The delivery the period's data comes from now: that of its last successful load; null when none, or when its
     * costs were purged since.
     */
    static String loadedDelivery(Connection connection, String exportId, BillingPeriod period) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT delivery_id, error FROM loads"
                + " WHERE export_id = ? AND period = ? AND (error IS NULL OR delivery_id = ?)"
                + " ORDER BY started_at DESC LIMIT 1")) {
            statement.setString(1, exportId);
            statement.setString(2, period.toString());
            statement.setString(3, LoadRecord.PURGED);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getString(2) == null ? result.getString(1) : null;
            }
        }
    }

    static void insert(Connection connection, LoadRecord record) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            LoadClaim claim = record.claim();
            insert.setString(1, claim.exportId());
            insert.setString(2, claim.period().toString());
            insert.setString(3, claim.deliveryId());
            insert.setString(4, String.join("\n", claim.files()));
            insert.setTimestamp(5, Timestamp.from(record.startedAt()));
            insert.setLong(6, record.duration().toMillis());
            insert.setLong(7, record.rowsIn());
            insert.setLong(8, record.rowsOut());
            int column = 9;
            for (CostMeasure measure : CostMeasure.values()) {
                insert.setBigDecimal(column++, record.totals().get(measure));
            }
            insert.setString(13, record.error().orElse(null));
            insert.executeUpdate();
        }
    }

    /** The newest {@code limit} loads, newest first. */
    static List<LoadRecord> newest(Connection connection, int limit) throws SQLException {
        List<LoadRecord> loads = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM loads ORDER BY started_at DESC LIMIT ?")) {
            statement.setInt(1, limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    loads.add(record(result));
                }
            }
        }
        return loads;
    }

    private static LoadRecord record(ResultSet result) throws SQLException {
        String files = result.getString("files");
        LoadClaim claim = new LoadClaim(result.getString("export_id"),
                BillingPeriod.parse(result.getString("period")), result.getString("delivery_id"),
                files == null || files.isEmpty() ? List.of() : List.of(files.split("\n")));
        Map<CostMeasure, BigDecimal> totals = new EnumMap<>(CostMeasure.class);
        for (CostMeasure measure : CostMeasure.values()) {
            BigDecimal total = result.getBigDecimal(CostQuerySql.measureColumn(measure));
            if (total != null) {
                totals.put(measure, total);
            }
        }
        return new LoadRecord(claim, result.getTimestamp("started_at").toInstant(),
                Duration.ofMillis(result.getLong("duration_ms")), result.getLong("rows_in"),
                result.getLong("rows_out"), totals, Optional.ofNullable(result.getString("error")));
    }
}
