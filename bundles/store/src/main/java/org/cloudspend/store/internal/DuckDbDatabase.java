package org.cloudspend.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/** The embedded default: a DuckDB database file, columnar, needing no server. */
final class DuckDbDatabase implements Database {

    /** The load files written beside the database; one left by a process that died is deleted at the next start. */
    private static final String LOAD_FILE_PREFIX = "cloudspend-load-";

    private final Path file;

    DuckDbDatabase(Path file) throws IOException {
        this.file = file.toAbsolutePath();
        Files.createDirectories(this.file.getParent());
        try (DirectoryStream<Path> leftOver = Files.newDirectoryStream(this.file.getParent(),
                LOAD_FILE_PREFIX + "*.csv")) {
            leftOver.forEach(DuckDbDatabase::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // deleted at the next start
            }
        }
    }

    @Override
    public Connection connect() throws SQLException {
        return new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
    }

    /**
     * Writes the rows to a CSV file beside the database and has DuckDB COPY it (measured on 860,000 facts: 2.4 s against
     * 4.9 s through the appender).
     */
    @Override
    public void copy(Connection connection, String table, RowWriter rows) throws SQLException {
        Path csv = null;
        try {
            csv = Files.createTempFile(file.getParent(), LOAD_FILE_PREFIX, ".csv");
            try (OutputStream out = Files.newOutputStream(csv)) {
                CsvRows csvRows = new CsvRows(out);
                rows.write(csvRows);
                csvRows.flush();
            }
            try (Statement copy = connection.createStatement()) {
                copy.execute("COPY " + table + " FROM '" + csv.toString().replace("'", "''") + "'"
                        + " (FORMAT csv, AUTO_DETECT false, HEADER false, DELIMITER ',', QUOTE '\"', ESCAPE '\"',"
                        + " ALLOW_QUOTED_NULLS false)");
            }
        } catch (IOException e) {
            throw new SQLException("Writing the rows of " + table + " to " + csv + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(csv);
        }
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
}
