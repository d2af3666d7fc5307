package org.cloudspend.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.cost.Overlap;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * Cost facts and their loads: each load replaces its export's billing period in one transaction and is recorded in
 * the load history, committed or failed.
 */
@Component(service = CostStore.class)
public final class StoredCosts implements CostStore, DailyLoad.Store {

    private final StoreDatabase database;
    /** The periods this node is loading now (in PostgreSQL the database also keeps other nodes' claims). */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    /** Where committed loads are announced, when the platform has an Event Admin. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public StoredCosts(@Reference StoreDatabase database) {
        this.database = database;
    }

    private static String key(LoadClaim claim) {
        return claim.exportId() + '\u0000' + claim.period();
    }

    @Override
    public Optional<CostLoad> begin(LoadClaim claim) {
        String key = key(claim);
        if (!claimed.add(key)) {
            return Optional.empty();
        }
        boolean begun = false;
        try {
            // another node sharing the database may load this period right now; this very delivery may be loaded
            boolean free = database.withSession("check what is loaded for " + claim.exportId() + " "
                    + claim.period(), session -> session.backend().claim(session.connection(), key)
                            && !claim.deliveryId().equals(LoadHistory.loadedDelivery(session.connection(),
                                    claim.exportId(), claim.period())));
            if (!free) {
                return Optional.empty();
            }
            Path spoolFolder = database.spoolFolder();
            try {
                CostLoad load = new DailyLoad(this, claim,
                        Files.createTempFile(spoolFolder, Database.LOAD_FILE_PREFIX, ".csv"),
                        database.loadFactsInMemory());
                begun = true;
                return Optional.of(load);
            } catch (IOException e) {
                throw database.failure("begin the load of " + claim.exportId() + " " + claim.period()
                        + " (no spool file in " + spoolFolder + ")", e);
            }
        } finally {
            if (!begun) {
                release(claim);
            }
        }
    }

    @Override
    public void release(LoadClaim claim) {
        String key = key(claim);
        try {
            database.withSession("release " + claim.exportId() + " " + claim.period(), session -> {
                session.backend().release(session.connection(), key);
                return null;
            });
        } catch (IllegalStateException e) {
            // the claim ends with the connection anyway
        } finally {
            claimed.remove(key);
        }
    }

    /**
     * Replaces the load's export and period in one transaction: the spooled line items are copied into a temporary
     * table and aggregated to daily facts by the database (exact DECIMAL sums), in place of the period's old facts.
     */
    @Override
    public LoadRecord replace(DailyLoad load) {
        LoadClaim claim = load.claim();
        String what = "replace " + claim.exportId() + " " + claim.period();
        try {
            LoadRecord record = database.withSession(what, session -> replace(session, load));
            LoadEvents.committed(events, record);
            return record;
        } catch (RuntimeException e) {
            // the temporary tables went with the rolled-back transaction that created them
            boolean sqlFailure = e.getCause() instanceof SQLException;
            failed(load, "storing the load failed: " + database.explain(sqlFailure ? (SQLException) e.getCause() : e));
            throw sqlFailure ? e : database.failure(what, e);
        }
    }

    private static LoadRecord replace(StoreDatabase.Session session, DailyLoad load) throws SQLException {
        LoadClaim claim = load.claim();
        Connection connection = session.connection();
        String suffix = UUID.randomUUID().toString().replace('-', '_');
        String lineItems = "spooled_" + suffix;
        String labels = "label_numbers_" + suffix;
        String dimensions = "dimensions_" + suffix;
        long[] labelSetIds = session.labelSets().register(session.backend(), connection, load.labelSets());
        connection.setAutoCommit(false);
        try {
            if (LoadHistory.loadedDelivery(connection, claim.exportId(), claim.period()) != null) {
                // a restatement; a period never loaded has nothing to delete, and the scan is saved
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM cost_facts WHERE export_id = ? AND period = ?")) {
                    delete.setString(1, claim.exportId());
                    delete.setString(2, claim.period().toString());
                    delete.executeUpdate();
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TEMP TABLE " + lineItems + " (" + load.spoolColumns() + ")");
                create.execute("CREATE TEMP TABLE " + labels + " (label_set INTEGER, label_set_id BIGINT)");
                create.execute("CREATE TEMP TABLE " + dimensions + " (dimensions INTEGER, "
                        + LoadDimensions.COLUMNS + ")");
            }
            session.backend().copy(connection, lineItems, load.spool());
            session.backend().copy(connection, labels, rows -> {
                for (int number = 0; number < labelSetIds.length; number++) {
                    rows.number(number);
                    rows.number(labelSetIds[number]);
                    rows.endRow();
                }
            });
            session.backend().copy(connection, dimensions, load.dimensions()::write);
            long facts = aggregate(connection, claim, lineItems, labels, dimensions);
            DailyServiceCosts.replace(connection, claim.exportId(), claim.period().toString(), lineItems,
                    dimensions);
            LoadRecord record = load.record(facts, Optional.empty());
            Overlaps.recompute(connection, claim.period().toString());
            CustomerAssignments.assignNew(connection, session.backend(), claim.exportId(),
                    claim.period().toString());
            LoadHistory.insert(connection, record);
            dropQuietly(connection, lineItems, labels, dimensions);
            connection.commit();
            return record;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Adds the daily facts of the spooled line items to {@code cost_facts}; returns how many. The line items are
     * grouped by their day, dimension tuple, resource and label set (numbers but the resource), then the few thousand
     * tuples and the label sets' ids are joined to the groups.
     */
    private static long aggregate(Connection connection, LoadClaim claim, String lineItems, String labels,
            String dimensions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cost_facts"
                + " SELECT ?, ?, s.day, d.payer, d.account, d.service, d.region, d.usage_type, d.operation,"
                + " d.line_item_type, s.resource, d.currency, l.label_set_id, s.usage_amount, s.unblended,"
                + " s.net_unblended, s.amortized, s.net_amortized, s.line_items"
                + " FROM (SELECT day, dimensions, resource, label_set,"
                + " CAST(sum(usage_amount) AS DECIMAL(38,10)) AS usage_amount, sum(unblended) AS unblended,"
                + " sum(net_unblended) AS net_unblended, sum(amortized) AS amortized,"
                + " sum(net_amortized) AS net_amortized, sum(line_items) AS line_items"
                + " FROM " + lineItems + " GROUP BY day, dimensions, resource, label_set) s"
                + " JOIN " + dimensions + " d ON d.dimensions = s.dimensions"
                + " JOIN " + labels + " l ON l.label_set = s.label_set")) {
            insert.setString(1, claim.exportId());
            insert.setString(2, claim.period().toString());
            return insert.executeLargeUpdate();
        }
    }

    private static void dropQuietly(Connection connection, String... tables) {
        for (String table : tables) {
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP TABLE IF EXISTS " + table);
            } catch (SQLException e) {
                // a temporary table ends with the connection anyway
            }
        }
    }

    @Override
    public void failed(DailyLoad load, String reason) {
        database.with("record the failed load of " + load.claim().exportId(), connection -> {
            LoadHistory.insert(connection, load.record(0, Optional.of(reason)));
            return null;
        });
    }

    @Override
    public List<LoadRecord> loads(int limit) {
        return database.question("read the load history", connection -> LoadHistory.newest(connection, limit));
    }

    @Override
    public List<LoadRecord> purge(String exportId) {
        List<LoadRecord> purged = purgeCommitted(exportId);
        purged.forEach(record -> LoadEvents.committed(events, record));
        return purged;
    }

    private List<LoadRecord> purgeCommitted(String exportId) {
        return database.with("purge the costs of " + exportId, connection -> {
            Instant at = Instant.now();
            connection.setAutoCommit(false);
            try {
                List<LoadRecord> purged = new ArrayList<>();
                for (PurgedPeriod period : periodsOf(connection, exportId)) {
                    LoadClaim claim = new LoadClaim(exportId, period.period(), LoadRecord.PURGED, List.of());
                    LoadRecord record = new LoadRecord(claim, at, Duration.ZERO, 0, period.facts(), period.totals(),
                            Optional.of(LoadRecord.PURGED + ": " + period.facts() + " daily facts removed"));
                    LoadHistory.insert(connection, record);
                    purged.add(record);
                }
                for (String table : List.of("cost_facts", DailyServiceCosts.TABLE, "superseded_facts")) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE export_id = ?")) {
                        delete.setString(1, exportId);
                        delete.executeUpdate();
                    }
                }
                Overlaps.recompute(connection);
                connection.commit();
                return purged;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    private record PurgedPeriod(BillingPeriod period, long facts,
            Map<CostMeasure, BigDecimal> totals) {
    }

    /** What the export holds, per billing period: its facts and their totals. */
    private static List<PurgedPeriod> periodsOf(Connection connection, String exportId) throws SQLException {
        List<PurgedPeriod> periods = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (CostMeasure measure : CostMeasure.values()) {
            sums.append(", sum(").append(CostQuerySql.measureColumn(measure)).append(')');
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT period, count(*)" + sums
                + " FROM cost_facts WHERE export_id = ? GROUP BY period ORDER BY period")) {
            select.setString(1, exportId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Map<CostMeasure, BigDecimal> totals =
                            new EnumMap<>(CostMeasure.class);
                    int column = 3;
                    for (CostMeasure measure : CostMeasure.values()) {
                        totals.put(measure, result.getBigDecimal(column++));
                    }
                    periods.add(new PurgedPeriod(BillingPeriod.parse(result.getString(1)),
                            result.getLong(2), totals));
                }
            }
        }
        return periods;
    }

    @Override
    public List<Overlap> overlaps() {
        return database.question("list the overlapping exports", Overlaps::list);
    }
}
