package org.cloudspend.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.PendingIntegration;
import org.cloudspend.api.account.PendingIntegrations;
import org.cloudspend.api.credentials.SealedSecrets;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.MonthToDate;
import org.cloudspend.api.cost.PeriodComparison;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.cost.Overlap;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.api.msp.MappingRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The cost store: daily facts, each load replacing its export's billing period in one transaction, the load history,
 * cost queries, and the accounts', integrations' and customers' state. Embedded in a DuckDB file by default, or in
 * PostgreSQL when a JDBC URL is configured; the SQL is the same, {@link Database} holds what differs. One connection,
 * used by one thread at a time.
 */
@Component(service = {CostStore.class, CostQueryService.class, AccountRegistry.class, CustomerRegistry.class,
        PendingIntegrations.class, ConfigurationErrors.class, SealedSecrets.class},
        configurationPid = "org.cloudspend.store")
@Designate(ocd = StoreConfig.class)
public class SqlCostStore implements CostStore, CostQueryService, AccountRegistry, CustomerRegistry,
        PendingIntegrations, ConfigurationErrors, SealedSecrets, DailyLoad.Store {

    private final Database database;
    private final Connection connection;
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> labelSetIds = new HashMap<>();
    private long nextLabelSetId;

    @Activate
    public SqlCostStore(StoreConfig config) throws SQLException, IOException {
        this(config.jdbc_url().isBlank()
                ? new DuckDbDatabase(Path.of(System.getProperty("karaf.data", ".")).resolve(config.database_file()),
                        new DuckDbDatabase.Limits(config.database_memory_limit(), config.database_threads()))
                : new PostgresDatabase(config.jdbc_url().trim(), config.user(), config.password(), temporaryFolder()));
    }

    /**
     * Opens (or creates) the store in that DuckDB file, outside OSGi, with the default limits: for tools, tests and
     * benchmarks.
     */
    public SqlCostStore(Path databaseFile) throws SQLException, IOException {
        this(new DuckDbDatabase(databaseFile, DuckDbDatabase.DEFAULTS));
    }

    /** Opens the store in a PostgreSQL database, outside OSGi. */
    public static SqlCostStore postgres(String url, String user, String password) throws SQLException {
        return new SqlCostStore(new PostgresDatabase(url, user, password, temporaryFolder()));
    }

    /** Where a PostgreSQL store spools its loads: the JVM's temporary folder (Karaf's data/tmp). */
    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    SqlCostStore(Database database) throws SQLException {
        this.database = database;
        this.connection = database.connect();
        try {
            execute(database.sessionSettings());
            Schema.migrate(connection);
            execute(database.indexes());
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT id, fingerprint FROM label_sets")) {
                while (result.next()) {
                    labelSetIds.put(result.getString(2), result.getLong(1));
                    nextLabelSetId = Math.max(nextLabelSetId, result.getLong(1) + 1);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw new SQLException("The cost store at " + database.describe() + " cannot be opened: " + e.getMessage(),
                    e);
        }
    }

    private void execute(List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Deactivate
    public synchronized void close() throws SQLException {
        connection.close();
    }

    @Override
    public Optional<CostLoad> begin(LoadClaim claim) {
        String key = claim.exportId() + '\u0000' + claim.period();
        if (!claimed.add(key)) {
            return Optional.empty();
        }
        try {
            synchronized (this) {
                if (!database.claim(connection, key)) {
                    // another node sharing the database loads this period right now
                    claimed.remove(key);
                    return Optional.empty();
                }
            }
            if (claim.deliveryId().equals(loadedDelivery(claim.exportId(), claim.period()))) {
                release(claim);
                return Optional.empty();
            }
        } catch (SQLException | RuntimeException e) {
            release(claim);
            throw storeFailure("check what is loaded for " + claim.exportId() + " " + claim.period(), e);
        }
        try {
            return Optional.of(new DailyLoad(this, claim,
                    Files.createTempFile(database.spoolFolder(), Database.LOAD_FILE_PREFIX, ".csv")));
        } catch (IOException e) {
            release(claim);
            throw storeFailure("begin the load of " + claim.exportId() + " " + claim.period() + " (no spool file in "
                    + database.spoolFolder() + ")", e);
        }
    }

    @Override
    public void release(LoadClaim claim) {
        String key = claim.exportId() + '\u0000' + claim.period();
        synchronized (this) {
            try {
                database.release(connection, key);
            } catch (SQLException e) {
                // the claim ends with the connection anyway
            }
        }
        claimed.remove(key);
    }

    /** The delivery the period's data comes from now: that of its last successful load. */
    private synchronized String loadedDelivery(String exportId, BillingPeriod period) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT delivery_id FROM loads WHERE export_id"
                + " = ? AND period = ? AND error IS NULL ORDER BY started_at DESC LIMIT 1")) {
            statement.setString(1, exportId);
            statement.setString(2, period.toString());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /**
     * Replaces the load's export and period in one transaction: the spooled line items are copied into a temporary
     * table and aggregated to daily facts by the database (exact DECIMAL sums), in place of the period's old facts.
     */
    @Override
    public synchronized LoadRecord replace(DailyLoad load) {
        LoadClaim claim = load.claim();
        String suffix = UUID.randomUUID().toString().replace('-', '_');
        String lineItems = "spooled_" + suffix;
        String labels = "label_numbers_" + suffix;
        String dimensions = "dimensions_" + suffix;
        try {
            long[] labelSetIds = registerLabelSets(load.labelSets());
            connection.setAutoCommit(false);
            try {
                if (loadedDelivery(claim.exportId(), claim.period()) != null) {
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
                database.copy(connection, lineItems, load.spool());
                database.copy(connection, labels, rows -> {
                    for (int number = 0; number < labelSetIds.length; number++) {
                        rows.number(number);
                        rows.number(labelSetIds[number]);
                        rows.endRow();
                    }
                });
                database.copy(connection, dimensions, load.dimensions()::write);
                long facts = aggregate(claim, lineItems, labels, dimensions);
                DailyServiceCosts.replace(connection, claim.exportId(), claim.period().toString(), lineItems,
                        dimensions);
                LoadRecord record = load.record(facts, Optional.empty());
                Overlaps.recompute(connection, claim.period().toString());
                CustomerAssignments.assignNew(connection, claim.exportId(), claim.period().toString());
                insertHistory(record);
                dropQuietly(lineItems, labels, dimensions);
                connection.commit();
                return record;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // the temporary tables went with the rolled-back transaction that created them
            String reason = "storing the load failed: " + database.explain(e);
            failed(load, reason);
            throw storeFailure("replace " + claim.exportId() + " " + claim.period(), e);
        }
    }

    /**
     * Adds the daily facts of the spooled line items to {@code cost_facts}; returns how many. The line items are
     * grouped by their day, dimension tuple, resource and label set (numbers but the resource), then the few thousand
     * tuples and the label sets' ids are joined to the groups.
     */
    private long aggregate(LoadClaim claim, String lineItems, String labels, String dimensions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cost_facts"
                + " SELECT ?, ?, s.day, d.payer, d.account, d.service, d.region, d.usage_type, d.operation,"
                + " d.line_item_type, s.resource, d.currency, l.label_set_id, s.usage_amount, s.unblended,"
                + " s.net_unblended, s.amortized, s.net_amortized, s.line_items"
                + " FROM (SELECT day, dimensions, resource, label_set,"
                + " CAST(sum(usage_amount) AS DECIMAL(38,10)) AS usage_amount, sum(unblended) AS unblended,"
                + " sum(net_unblended) AS net_unblended, sum(amortized) AS amortized,"
                + " sum(net_amortized) AS net_amortized, count(*) AS line_items"
                + " FROM " + lineItems + " GROUP BY day, dimensions, resource, label_set) s"
                + " JOIN " + dimensions + " d ON d.dimensions = s.dimensions"
                + " JOIN " + labels + " l ON l.label_set = s.label_set")) {
            insert.setString(1, claim.exportId());
            insert.setString(2, claim.period().toString());
            return insert.executeLargeUpdate();
        }
    }

    private void dropQuietly(String... tables) {
        for (String table : tables) {
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP TABLE IF EXISTS " + table);
            } catch (SQLException e) {
                // a temporary table ends with the connection anyway
            }
        }
    }

    /**
     * The stored id of each of a load's label sets (by the number its facts refer to), storing the sets not seen
     * before. Nodes sharing a database take turns (the database's label-set lock) and first learn the sets other nodes
     * stored, so an id is never given twice. A set stored for a load that then fails is merely unused.
     */
    private long[] registerLabelSets(List<String> fingerprints) throws SQLException {
        long[] ids = knownLabelSetIds(fingerprints);
        if (ids != null) {
            return ids;
        }
        database.lockLabelSets(connection);
        try {
            try (PreparedStatement known = connection.prepareStatement(
                    "SELECT id, fingerprint FROM label_sets WHERE id >= ?")) {
                known.setLong(1, nextLabelSetId);
                try (ResultSet result = known.executeQuery()) {
                    while (result.next()) {
                        labelSetIds.put(result.getString(2), result.getLong(1));
                        nextLabelSetId = Math.max(nextLabelSetId, result.getLong(1) + 1);
                    }
                }
            }
            Map<String, Long> newLabelSets = new HashMap<>();
            for (String fingerprint : fingerprints) {
                if (!labelSetIds.containsKey(fingerprint) && !newLabelSets.containsKey(fingerprint)) {
                    newLabelSets.put(fingerprint, nextLabelSetId++);
                }
            }
            // in bulk: one insert per set and entry took seconds for a month's thousands of tag sets
            if (!newLabelSets.isEmpty()) {
                database.copy(connection, "label_sets", rows -> LabelSets.writeSets(rows, newLabelSets));
                database.copy(connection, "label_set_entries", rows -> LabelSets.writeEntries(rows, newLabelSets));
            }
            labelSetIds.putAll(newLabelSets);
        } finally {
            database.unlockLabelSets(connection);
        }
        return knownLabelSetIds(fingerprints);
    }

    /** The ids of these label sets, or null when one is not stored yet. */
    private long[] knownLabelSetIds(List<String> fingerprints) {
        long[] ids = new long[fingerprints.size()];
        for (int i = 0; i < ids.length; i++) {
            Long id = labelSetIds.get(fingerprints.get(i));
            if (id == null) {
                return null;
            }
            ids[i] = id;
        }
        return ids;
    }

    @Override
    public synchronized void failed(DailyLoad load, String reason) {
        try {
            insertHistory(load.record(0, Optional.of(reason)));
        } catch (SQLException e) {
            throw storeFailure("record the failed load of " + load.claim().exportId(), e);
        }
    }

    private void insertHistory(LoadRecord record) throws SQLException {
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

    @Override
    public synchronized List<LoadRecord> loads(int limit) {
        List<LoadRecord> loads = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM loads ORDER BY started_at DESC LIMIT ?")) {
            statement.setInt(1, limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
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
                    loads.add(new LoadRecord(claim, result.getTimestamp("started_at").toInstant(),
                            Duration.ofMillis(result.getLong("duration_ms")), result.getLong("rows_in"),
                            result.getLong("rows_out"), totals, Optional.ofNullable(result.getString("error"))));
                }
            }
        } catch (SQLException e) {
            throw storeFailure("read the load history", e);
        }
        return loads;
    }

    @Override
    public synchronized CostResult query(CostQuery query) {
        try {
            return CostQuerySql.run(connection, query);
        } catch (SQLException e) {
            throw storeFailure("answer the cost query", e);
        }
    }

    @Override
    public synchronized PeriodComparison compare(CostQuery query) {
        return new PeriodComparison(query(query), query(query.previousPeriod()));
    }

    @Override
    public synchronized MonthToDate monthToDate(LocalDate today, CostMeasure measure, List<Filter> filters) {
        YearMonth month = YearMonth.from(today);
        LocalDate first = month.atDay(1);
        LocalDate through = with("find the last day with costs", c -> lastDay(c, first, today));
        int days = through.getDayOfMonth();
        CostResult soFar = query(new CostQuery(first, through.plusDays(1), Granularity.TOTAL, List.of(), filters,
                measure, 0));
        LocalDate previousFirst = month.minusMonths(1).atDay(1);
        LocalDate previousSameEnd = previousFirst.plusDays(Math.min(days, month.minusMonths(1).lengthOfMonth()));
        CostResult previousSameDays = query(new CostQuery(previousFirst, previousSameEnd, Granularity.TOTAL, List.of(),
                filters, measure, 0));
        CostResult previousMonth = query(new CostQuery(previousFirst, first, Granularity.TOTAL, List.of(), filters,
                measure, 0));
        BigDecimal forecast = soFar.total().multiply(BigDecimal.valueOf(month.lengthOfMonth()))
                .divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_EVEN);
        return new MonthToDate(month, through, soFar.total(), previousSameDays.total(), previousMonth.total(),
                forecast, soFar.currency());
    }

    /** The last day of the month up to {@code today} that has costs; the first day when none has. */
    private static LocalDate lastDay(Connection connection, LocalDate first, LocalDate today) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT max(day) FROM " + DailyServiceCosts.TABLE + " WHERE day >= ? AND day <= ?")) {
            statement.setObject(1, first);
            statement.setObject(2, today);
            try (ResultSet result = statement.executeQuery()) {
                LocalDate last = result.next() ? result.getObject(1, LocalDate.class) : null;
                return last == null ? first : last;
            }
        }
    }

    /** A statement of the store's tables, run under the store's lock. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private synchronized <T> T with(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw storeFailure(what, e);
        }
    }

    @Override
    public List<AwsAccount> accounts() {
        return with("list the accounts", AccountTable::all);
    }

    @Override
    public Optional<AwsAccount> account(String id) {
        return with("read account " + id, c -> AccountTable.find(c, id));
    }

    @Override
    public void save(AwsAccount account) {
        with("save account " + account.id(), c -> {
            AccountTable.save(c, account);
            Overlaps.recompute(c);
            return null;
        });
    }

    @Override
    public boolean delete(String id) {
        return with("delete account " + id, c -> {
            boolean deleted = AccountTable.delete(c, id);
            Overlaps.recompute(c);
            return deleted;
        });
    }

    @Override
    public List<Overlap> overlaps() {
        return with("list the overlapping exports", Overlaps::list);
    }

    @Override
    public List<Customer> customers() {
        return with("list the customers", c -> CustomerTables.customers(c, null));
    }

    @Override
    public Optional<Customer> customer(String id) {
        return with("read customer " + id, c -> CustomerTables.customer(c, id));
    }

    @Override
    public void save(Customer customer) {
        with("save customer " + customer.id(), c -> {
            CustomerTables.save(c, customer);
            CustomerAssignments.recompute(c);
            return null;
        });
    }

    @Override
    public boolean deleteCustomer(String id) {
        return with("delete customer " + id, c -> {
            boolean deleted = CustomerTables.delete(c, id);
            CustomerAssignments.recompute(c);
            return deleted;
        });
    }

    @Override
    public List<MappingRule> rules() {
        return with("list the mapping rules", CustomerTables::rules);
    }

    @Override
    public void save(MappingRule rule) {
        with("save mapping rule " + rule.id(), c -> {
            CustomerTables.save(c, rule);
            CustomerAssignments.recompute(c);
            return null;
        });
    }

    @Override
    public boolean deleteRule(String id) {
        return with("delete mapping rule " + id, c -> {
            boolean deleted = CustomerTables.deleteRule(c, id);
            CustomerAssignments.recompute(c);
            return deleted;
        });
    }

    @Override
    public void save(PendingIntegration pending) {
        with("save pending integration " + pending.id(), c -> {
            AccountStateTables.savePending(c, pending);
            return null;
        });
    }

    @Override
    public Optional<PendingIntegration> pending(String id) {
        return with("read pending integration " + id,
                c -> AccountStateTables.pending(c, "id", id).stream().findFirst());
    }

    @Override
    public Optional<PendingIntegration> withExternalId(ExternalId externalId) {
        return with("find a pending integration by External ID",
                c -> AccountStateTables.pending(c, "external_id", externalId.value()).stream().findFirst());
    }

    @Override
    public List<PendingIntegration> pendingIntegrations() {
        return with("list the pending integrations", c -> AccountStateTables.pending(c, null, null));
    }

    @Override
    public boolean remove(String id) {
        return with("remove pending integration " + id, c -> AccountStateTables.removePending(c, id));
    }

    @Override
    public void report(String accountId, ConfigurationErrorCode code, String message) {
        with("record a configuration error of account " + accountId, c -> {
            AccountStateTables.report(c, accountId, code, message, Instant.now().truncatedTo(ChronoUnit.MICROS));
            return null;
        });
    }

    @Override
    public void clear(String accountId, ConfigurationErrorCode code) {
        with("clear a configuration error of account " + accountId, c -> {
            AccountStateTables.clear(c, accountId, code);
            return null;
        });
    }

    @Override
    public void clearAll(String accountId) {
        with("clear the configuration errors of account " + accountId, c -> {
            AccountStateTables.clearAll(c, accountId);
            return null;
        });
    }

    @Override
    public List<ConfigurationError> errors() {
        return with("list the configuration errors", c -> AccountStateTables.errors(c, null));
    }

    @Override
    public List<ConfigurationError> errors(String accountId) {
        return with("list the configuration errors of account " + accountId,
                c -> AccountStateTables.errors(c, accountId));
    }

    @Override
    public void store(String accountId, String sealed) {
        with("store the sealed keys of account " + accountId, c -> {
            AccountStateTables.putSecret(c, accountId, sealed);
            return null;
        });
    }

    @Override
    public Optional<String> sealed(String accountId) {
        return with("read the sealed keys of account " + accountId, c -> AccountStateTables.secret(c, accountId));
    }

    @Override
    public boolean discard(String accountId) {
        return with("remove the sealed keys of account " + accountId,
                c -> AccountStateTables.removeSecret(c, accountId));
    }

    private IllegalStateException storeFailure(String what, Exception cause) {
        return new IllegalStateException("The cost store (" + database.describe() + ") could not " + what + ": "
                + database.explain(cause), cause);
    }
}
