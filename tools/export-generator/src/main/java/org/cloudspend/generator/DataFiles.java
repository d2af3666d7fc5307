package org.cloudspend.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the line items into data files of at most {@link ExportSpec#rowsPerFile()} rows each: gzip CSV directly, or
 * Parquet (snappy) through a staging CSV that DuckDB converts, with costs as DOUBLE, dates as TIMESTAMP and CUR 2.0's
 * tags and cost categories as MAP columns, as AWS types them.
 */
final class DataFiles implements AutoCloseable {

    /** Rows per Parquet row group: about AWS's 128 MB groups for rows this wide. */
    static final int ROW_GROUP_ROWS = 1_000_000;

    private final ExportSpec spec;
    private final Path root;
    private final ExportLayout layout;
    private final List<Column> columns;
    private final List<String> keys = new ArrayList<>();
    private final StringBuilder row = new StringBuilder(2048);
    private Writer writer;
    private Path staging;
    private long rowsInFile;

    DataFiles(ExportSpec spec, Path root, ExportLayout layout, List<Column> columns) {
        this.spec = spec;
        this.root = root;
        this.layout = layout;
        this.columns = columns;
    }

    List<String> keys() {
        return keys;
    }

    void write(GeneratedLine line) throws IOException {
        if (writer == null || rowsInFile == spec.rowsPerFile()) {
            finishFile();
            startFile();
        }
        row.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            Text.csvField(row, columns.get(i).value().apply(line));
        }
        row.append('\n');
        writer.append(row);
        rowsInFile++;
    }

    private void startFile() throws IOException {
        String key = layout.dataFile(keys.size() + 1);
        keys.add(key);
        Path file = root.resolve(key);
        Files.createDirectories(file.getParent());
        OutputStream out;
        if (spec.parquet()) {
            staging = Files.createTempFile(file.getParent(), ".staging-", ".csv");
            out = Files.newOutputStream(staging);
        } else {
            out = new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024);
        }
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 256 * 1024);
        row.setLength(0);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            Text.csvField(row, columns.get(i).name());
        }
        writer.append(row).append('\n');
        rowsInFile = 0;
    }

    private void finishFile() throws IOException {
        if (writer == null) {
            return;
        }
        writer.close();
        writer = null;
        if (spec.parquet()) {
            try {
                toParquet(staging, root.resolve(keys.get(keys.size() - 1)));
            } finally {
                Files.deleteIfExists(staging);
            }
        }
    }

    private void toParquet(Path csv, Path parquet) throws IOException {
        List<String> expressions = new ArrayList<>();
        for (Column column : columns) {
            String name = '"' + column.name() + '"';
            expressions.add(switch (column.kind()) {
                case TEXT -> "coalesce(" + name + ", '') AS " + name;
                case MONEY -> "CAST(" + name + " AS DOUBLE) AS " + name;
                case TIMESTAMP -> "CAST(" + name + " AS TIMESTAMP) AS " + name;
                case MAP -> "json_transform(" + name + ", '\"MAP(VARCHAR, VARCHAR)\"') AS " + name;
            });
        }
        String sql = "COPY (SELECT " + String.join(", ", expressions) + " FROM read_csv('" + sqlPath(csv)
                + "', header = true, all_varchar = true, quote = '\"', escape = '\"')) TO '" + sqlPath(parquet)
                + "' (FORMAT PARQUET, COMPRESSION SNAPPY, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write " + parquet + ": " + e.getMessage(), e);
        }
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    @Override
    public void close() throws IOException {
        finishFile();
    }
}
