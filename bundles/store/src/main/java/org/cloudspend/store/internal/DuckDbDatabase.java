package org.cloudspend.store.internal;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.CostMeasure;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/** The embedded default: a DuckDB database file, columnar, needing no server. */
final class DuckDbDatabase implements Database {

    private final Path file;

    DuckDbDatabase(Path file) throws IOException {
        this.file = file.toAbsolutePath();
        Files.createDirectories(this.file.getParent());
    }

    @Override
    public Connection connect() throws SQLException {
        return new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
    }

    @Override
    public void writeFacts(Connection connection, String stagingTable, LoadClaim claim, Map<FactKey, FactSums> facts,
            Function<String, Long> labelSetId) throws SQLException {
        // the appender writes outside transactions: the store moves the staged facts in one transaction afterwards
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
                .createAppender("temp", "main", stagingTable)) {
            for (Map.Entry<FactKey, FactSums> fact : facts.entrySet()) {
                FactKey key = fact.getKey();
                FactSums sums = fact.getValue();
                appender.beginRow()
                        .append(claim.exportId())
                        .append(claim.period().toString())
                        .append(LocalDate.ofEpochDay(key.epochDay()))
                        .append(key.payer())
                        .append(key.account())
                        .append(key.service())
                        .append(key.region())
                        .append(key.usageType())
                        .append(key.operation())
                        .append(key.lineItemType())
                        .append(key.resource())
                        .append(key.currency())
                        .append(labelSetId.apply(key.labels()))
                        .append(sums.usage().setScale(10, RoundingMode.HALF_EVEN));
                for (CostMeasure measure : CostMeasure.values()) {
                    appender.append(sums.total(measure));
                }
                appender.append(sums.rows).endRow();
            }
        }
    }

    @Override
    public void writeLabelSets(Connection connection, Map<String, Long> labelSets) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender sets = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "label_sets");
                DuckDBAppender entries = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "label_set_entries")) {
            for (Map.Entry<String, Long> labels : labelSets.entrySet()) {
                sets.beginRow().append(labels.getValue()).append(labels.getKey()).endRow();
                for (String[] label : LabelSets.entries(labels.getKey())) {
                    entries.beginRow().append(labels.getValue()).append(label[0]).append(label[1]).append(label[2])
                            .endRow();
                }
            }
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
    public String temporary(String table) {
        return "temp.main." + table;
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
