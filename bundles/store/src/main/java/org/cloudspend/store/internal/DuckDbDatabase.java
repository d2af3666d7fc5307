package org.cloudspend.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/** The embedded default: a DuckDB database file, columnar, needing no server. */
final class DuckDbDatabase implements Database {

    /** The memory limit a store has unless configured otherwise (in OSGi and out). */
    static final String DEFAULT_MEMORY_LIMIT = "1GB";

    /** The limits a store has unless configured otherwise: {@link #DEFAULT_MEMORY_LIMIT}, a thread per core. */
    static final Limits DEFAULTS = new Limits(DEFAULT_MEMORY_LIMIT, 0);

    /**
     * How much of its host the embedded database may use: a memory limit as DuckDB reads it ("1GB", "512MB", "25%";
     * empty for DuckDB's default, 80% of the machine's memory), beyond which a large load spills to a folder beside
     * the database file (the 5,000,000-line-item month stored with 128 MB, in twice the time), and a number of
     * threads (0: one per core).
     */
    record Limits(String memory, int threads) {
        Limits {
            memory = memory.trim();
            if (threads < 0) {
                throw new IllegalArgumentException("The embedded database's threads must be 0 (one per core) or more,"
                        + " not " + threads);
            }
        }
    }

    private final Path file;
    private volatile Limits limits;

    DuckDbDatabase(Path file, Limits limits) throws IOException {
        this.file = file.toAbsolutePath();
        this.limits = limits;
        Files.createDirectories(this.file.getParent());
        // a DuckDB file has one process: every load file beside it is a left-over
        LoadFiles.deleteLeftOvers(this.file.getParent(), Duration.ZERO);
    }

    /** Opens the database file with the store's limits (they apply to the whole database). */
    @Override
    public Connection connect() throws SQLException {
        Connection connection = new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
        try {
            apply(connection, limits);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** A connection to the writer's database instance (a second instance of one file is refused by DuckDB). */
    @Override
    public Connection connectForQuestions(Connection writer) throws SQLException {
        return writer.unwrap(DuckDBConnection.class).duplicate();
    }

    /** Applies other limits to the open database, in place: a failure keeps the limits it had. */
    void limit(Connection connection, Limits newLimits) throws SQLException {
        try {
            apply(connection, newLimits);
        } catch (SQLException e) {
            apply(connection, limits);
            throw e;
        }
        limits = newLimits;
    }

    private static void apply(Connection connection, Limits limits) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!limits.memory().isEmpty()) {
                try {
                    statement.execute("SET memory_limit = '" + limits.memory().replace("'", "''") + "'");
                } catch (SQLException e) {
                    throw new SQLException("The cost store's memory limit '" + limits.memory() + "'"
                            + " (database.memory.limit of org.cloudspend.store) is not a size such as 1GB, 512MB or"
                            + " 25%: " + e.getMessage(), e);
                }
            } else {
                statement.execute("RESET memory_limit");
            }
            if (limits.threads() > 0) {
                statement.execute("SET threads = " + limits.threads());
            } else {
                statement.execute("RESET threads");
            }
        }
    }

    /**
     * Rows need no order but the queries' own: COPY and INSERT run freely on every core (COPY of a 5,000,000-line-item
     * spool: 3.2 s -> 2.7 s).
     */
    @Override
    public List<String> sessionSettings() {
        return List.of("SET preserve_insertion_order = false");
    }

    /** Writes the rows to a CSV file beside the database, and copies it. */
    @Override
    public void copy(Connection connection, String table, RowWriter rows) throws SQLException {
        Path csv = null;
        try {
            csv = Files.createTempFile(spoolFolder(), LOAD_FILE_PREFIX, ".csv");
            try (OutputStream out = Files.newOutputStream(csv)) {
                CsvRows.write(out, rows);
            }
            copy(connection, table, csv);
        } catch (IOException e) {
            throw new SQLException("Writing the rows of " + table + " to " + csv + " failed: " + e.getMessage(), e);
        } finally {
            LoadFiles.deleteQuietly(csv);
        }
    }

    /** DuckDB's COPY reads the file itself, on every core (measured: about three times faster than its appender). */
    @Override
    public void copy(Connection connection, String table, Path csv) throws SQLException {
        try (Statement copy = connection.createStatement()) {
            copy.execute("COPY " + table + " FROM '" + csv.toString().replace("'", "''") + "'"
                    + " (FORMAT csv, AUTO_DETECT false, HEADER false, DELIMITER ',', QUOTE '\"', ESCAPE '\"',"
                    + " ALLOW_QUOTED_NULLS false)");
        }
    }

    @Override
    public Path spoolFolder() {
        return file.getParent();
    }

    /** A DuckDB file is opened by one process only: the store's own bookkeeping is the claim. */
    @Override
    public boolean claim(Connection connection, String key) {
        return true;
    }

    @Override
    public void release(Connection connection, String key) {
    }

    @Override
    public void lockLabelSets(Connection connection) {
    }

    @Override
    public void unlockLabelSets(Connection connection) {
    }

    @Override
    public List<String> indexes() {
        return List.of();
    }

    @Override
    public String describe() {
        return file.toString();
    }

    /**
     * DuckDB's out-of-memory message goes on to suggest SQL settings, over several lines; the operator's are the
     * store's configuration, so the first line is kept and they are named instead.
     */
    @Override
    public String explain(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        if (!message.contains("Out of Memory Error")) {
            return message;
        }
        int lineEnd = message.indexOf('\n');
        return (lineEnd < 0 ? message : message.substring(0, lineEnd)).trim() + " (the embedded database's memory"
                + " limit, database.memory.limit of org.cloudspend.store, is "
                + (limits.memory().isEmpty() ? "DuckDB's default, 80% of the machine's memory" : limits.memory())
                + ": raise it or lower database.threads; past the limit a load spills to " + file + ".tmp, whose disk"
                + " needs room for it)";
    }
}
