package org.cloudspend.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/** PostgreSQL for production: facts written with COPY, indexed for the store's questions. */
final class PostgresDatabase implements Database {

    private final String url;
    private final Properties credentials;
    private final Path spoolFolder;

    /**
     * @param url a {@code jdbc:postgresql:} URL
     * @param user the user, empty to take it from the URL
     * @param password the password, empty for none or the URL's
     */
    PostgresDatabase(String url, String user, String password, Path spoolFolder) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("A PostgreSQL store needs a jdbc:postgresql: URL");
        }
        this.url = url;
        this.spoolFolder = spoolFolder;
        // the folder may be shared (several stores in one JVM): only files no load can still be writing go
        LoadFiles.deleteLeftOvers(spoolFolder, Duration.ofDays(1));
        this.credentials = new Properties();
        if (!user.isBlank()) {
            credentials.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            credentials.setProperty("password", password);
        }
    }

    @Override
    public Connection connect() throws SQLException {
        Connection connection = new org.postgresql.Driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + describe());
        }
        return connection;
    }

    /** A connection of its own, whose transactions see one snapshot of the database (repeatable read). */
    @Override
    public Connection connectForQuestions(Connection writer) throws SQLException {
        Connection connection = connect();
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                for (String setting : sessionSettings()) {
                    statement.execute(setting);
                }
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * A load sums a month of line items by day: with the default 4 MB the sums spill to disk (measured on 1,000,000
     * line items: the daily summary 2.4 s -> 0.7 s).
     */
    @Override
    public List<String> sessionSettings() {
        return List.of("SET work_mem = '256MB'");
    }

    @Override
    public void copy(Connection connection, String table, RowWriter rows) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " FROM STDIN (FORMAT csv)");
        try (OutputStream out = new PGCopyOutputStream(copy, 1)) {
            CsvRows.write(out, rows);
        } catch (IOException e) {
            throw new SQLException("Copying the rows of " + table + " failed: " + e.getMessage(), e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The file is streamed to the server: PostgreSQL may run on another machine. */
    @Override
    public void copy(Connection connection, String table, Path csv) throws SQLException {
        try (InputStream in = Files.newInputStream(csv)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", in, 1 << 20);
        } catch (IOException e) {
            throw new SQLException("Copying " + csv + " into " + table + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Path spoolFolder() {
        return spoolFolder;
    }

    /** A session-level advisory lock: held until released or until the node's connection ends. */
    @Override
    public boolean claim(Connection connection, String key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockId(key));
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void release(Connection connection, String key) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, lockId(key));
            unlock.executeQuery().close();
        }
    }

    @Override
    public void lockSchema(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, lockId("schema"));
            lock.executeQuery().close();
        }
    }

    @Override
    public void unlockSchema(Connection connection) throws SQLException {
        release(connection, "schema");
    }

    @Override
    public void lockLabelSets(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, lockId("label-sets"));
            lock.executeQuery().close();
        }
    }

    @Override
    public void unlockLabelSets(Connection connection) throws SQLException {
        release(connection, "label-sets");
    }

    /** The lock's 64-bit key: the first eight bytes of the claim's SHA-256. */
    private static long lockId(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("cloudspend-load\u0000" + key).getBytes(StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> indexes() {
        return List.of(
                "CREATE INDEX IF NOT EXISTS cost_facts_day ON cost_facts (day)",
                "CREATE INDEX IF NOT EXISTS cost_facts_export_period ON cost_facts (export_id, period)",
                "CREATE INDEX IF NOT EXISTS cost_facts_account_day ON cost_facts (account, day)",
                "CREATE INDEX IF NOT EXISTS daily_service_costs_day ON daily_service_costs (day)",
                "CREATE INDEX IF NOT EXISTS daily_service_costs_export_period"
                        + " ON daily_service_costs (export_id, period)",
                "CREATE INDEX IF NOT EXISTS label_set_entries_lookup"
                        + " ON label_set_entries (kind, label_key, label_value, set_id)",
                "CREATE INDEX IF NOT EXISTS label_set_entries_set ON label_set_entries (set_id)",
                // a load looks its tag sets up by fingerprint; hash: a B-tree refuses entries over 2,704 bytes
                "CREATE INDEX IF NOT EXISTS label_sets_fingerprint ON label_sets USING hash (fingerprint)",
                "CREATE INDEX IF NOT EXISTS loads_export_period ON loads (export_id, period, started_at)",
                // nodes assigning the same (tag set, account) at once: one row each, whoever comes second
                "DELETE FROM customer_assignments a USING customer_assignments b WHERE a.ctid < b.ctid"
                        + " AND a.label_set_id = b.label_set_id AND a.account IS NOT DISTINCT FROM b.account",
                "CREATE UNIQUE INDEX IF NOT EXISTS customer_assignments_pair"
                        + " ON customer_assignments (label_set_id, account) NULLS NOT DISTINCT");
    }

    @Override
    public String ignoringDuplicates() {
        return " ON CONFLICT DO NOTHING";
    }

    @Override
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
