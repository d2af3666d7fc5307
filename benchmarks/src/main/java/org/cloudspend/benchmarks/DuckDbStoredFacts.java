package org.cloudspend.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.generator.ExportGenerator;

/**
 * The floor of any load of a month: DuckDB reading the data files itself and storing their daily facts at the store's
 * grain (day, payer, usage account, service, region, usage type, operation, line item type, resource, currency, tag and
 * cost category values) with usage, the measures and the line item count, into a table shaped like the store's
 * {@code cost_facts} in a database file, committed. It does less than a load: no label sets are registered (the tags
 * are grouped on, a hash of them stands for the set), the net measures repeat the gross ones, and nothing is replaced
 * or recorded. Its time is therefore a lower bound for storing those facts, whatever reads the files.
 */
final class DuckDbStoredFacts {

    private static final String COST = "DECIMAL(38,10)";

    /** What storing took. */
    record Result(long nanos, long facts, BigDecimal unblended) {
    }

    private DuckDbStoredFacts() {
    }

    /** Stores the facts of {@code files} (a file or a glob) into a new table of {@code database}, a new file. */
    static Result store(ExportType type, boolean parquet, Path files, Path database) throws SQLException {
        boolean legacyCsv = type == ExportType.LEGACY && !parquet;
        // AWS quotes with '"'; DuckDB's sniffer, which samples the first rows, misses it when they quote nothing
        String source = parquet ? "read_parquet('" + files + "')"
                : "read_csv('" + files + "', header = true, all_varchar = true, quote = '\"', escape = '\"')";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE cost_facts (export_id VARCHAR NOT NULL, period VARCHAR NOT NULL,"
                    + " day DATE NOT NULL, payer VARCHAR, account VARCHAR, service VARCHAR, region VARCHAR,"
                    + " usage_type VARCHAR, operation VARCHAR, line_item_type VARCHAR, resource VARCHAR,"
                    + " currency VARCHAR, label_set_id BIGINT NOT NULL, usage_amount " + COST + ", unblended " + COST
                    + ", net_unblended " + COST + ", amortized " + COST + ", net_amortized " + COST
                    + ", line_items BIGINT)");
            String labels = String.join(", ", labelColumns(statement, source));
            String grouped = "SELECT CAST(CAST(" + ReaderBenchmark.column(legacyCsv, "lineItem/UsageStartDate")
                    + " AS TIMESTAMP) AS DATE) AS day, "
                    + ReaderBenchmark.column(legacyCsv, "bill/PayerAccountId") + " AS payer, "
                    + ReaderBenchmark.column(legacyCsv, "lineItem/UsageAccountId") + " AS account, "
                    + ReaderBenchmark.column(legacyCsv, "lineItem/ProductCode") + " AS service, "
                    + region(legacyCsv) + " AS region, "
                    + ReaderBenchmark.column(legacyCsv, "lineItem/UsageType") + " AS usage_type, "
                    + ReaderBenchmark.column(legacyCsv, "lineItem/Operation") + " AS operation, "
                    + ReaderBenchmark.column(legacyCsv, "lineItem/LineItemType") + " AS line_item_type, "
                    + ReaderBenchmark.column(legacyCsv, "lineItem/ResourceId") + " AS resource, "
                    + ReaderBenchmark.column(legacyCsv, "lineItem/CurrencyCode") + " AS currency, "
                    + labels + ", CAST(hash(" + labels + ") >> 1 AS BIGINT) AS label_set_id, "
                    + "sum(TRY_CAST(" + ReaderBenchmark.column(legacyCsv, "lineItem/UsageAmount") + " AS " + COST
                    + ")) AS usage_amount, sum(" + ReaderBenchmark.unblendedSql(legacyCsv) + ") AS unblended, sum("
                    + ReaderBenchmark.amortizedSql(legacyCsv) + ") AS amortized, "
                    + "count(*) AS line_items FROM " + source + " GROUP BY ALL";
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            long facts = statement.executeLargeUpdate("INSERT INTO cost_facts SELECT 'bench', '2025-01', day, payer,"
                    + " account, service, region, usage_type, operation, line_item_type, resource, currency,"
                    + " label_set_id, usage_amount, unblended, unblended, amortized, amortized, line_items FROM ("
                    + grouped + ")");
            connection.commit();
            long nanos = System.nanoTime() - start;
            try (ResultSet total = statement.executeQuery("SELECT sum(unblended) FROM cost_facts")) {
                total.next();
                return new Result(nanos, facts, total.getBigDecimal(1));
            }
        }
    }

    /**
     * The line item's region as the store has it: its region code, else its availability zone's region, else its
     * location's code (the generator writes locations of its own catalog only).
     */
    private static String region(boolean legacyCsv) {
        String code = ReaderBenchmark.column(legacyCsv, "product/regionCode");
        String zone = ReaderBenchmark.column(legacyCsv, "lineItem/AvailabilityZone");
        StringBuilder byLocation = new StringBuilder("CASE " + ReaderBenchmark.column(legacyCsv, "product/location"));
        ExportGenerator.regionCodesByLocation().forEach((location, region) -> byLocation.append(" WHEN '")
                .append(location).append("' THEN '").append(region).append('\''));
        byLocation.append(" ELSE 'global' END");
        return "CASE WHEN " + code + " <> '' THEN " + code + " WHEN " + zone + " <> '' THEN left(" + zone + ", -1) ELSE "
                + byLocation + " END";
    }

    /** The file's tag and cost category columns (legacy: one per key; CUR 2.0: one map each), quoted. */
    private static List<String> labelColumns(Statement statement, String source) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (described.next()) {
                String name = described.getString(1);
                if (name.startsWith("resource_tags") || name.startsWith("cost_category")
                        || name.startsWith("resourceTags/") || name.startsWith("costCategory/")) {
                    columns.add('"' + name + '"');
                }
            }
        }
        return columns;
    }
}
