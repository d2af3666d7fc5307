package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The store's tables, created and migrated at start-up; each migration runs once, in order. */
final class Schema {

    /** Migration N brings the schema from version N to N+1. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE label_sets (id BIGINT PRIMARY KEY, fingerprint VARCHAR NOT NULL)",
            "CREATE TABLE label_set_entries (set_id BIGINT NOT NULL, kind VARCHAR NOT NULL, label_key VARCHAR NOT NULL,"
                    + " label_value VARCHAR NOT NULL)",
            "CREATE TABLE cost_facts (export_id VARCHAR NOT NULL, period VARCHAR NOT NULL, day DATE NOT NULL,"
                    + " payer VARCHAR, account VARCHAR, service VARCHAR, region VARCHAR, usage_type VARCHAR,"
                    + " operation VARCHAR, line_item_type VARCHAR, resource VARCHAR, currency VARCHAR,"
                    + " label_set_id BIGINT NOT NULL, usage_amount DECIMAL(38,10), unblended DECIMAL(38,10),"
                    + " net_unblended DECIMAL(38,10), amortized DECIMAL(38,10), net_amortized DECIMAL(38,10),"
                    + " line_items BIGINT)",
            // (replaced by per-load temporary tables in version 3)
            "CREATE TABLE staged_facts AS SELECT CAST(NULL AS VARCHAR) AS load_id, * FROM cost_facts WHERE false",
            "CREATE TABLE loads (export_id VARCHAR NOT NULL, period VARCHAR NOT NULL, delivery_id VARCHAR NOT NULL,"
                    + " files VARCHAR, started_at TIMESTAMP NOT NULL, duration_ms BIGINT, rows_in BIGINT,"
                    + " rows_out BIGINT, unblended DECIMAL(38,10), net_unblended DECIMAL(38,10),"
                    + " amortized DECIMAL(38,10), net_amortized DECIMAL(38,10), error VARCHAR)"),
            List.of(
                    "CREATE TABLE accounts (id VARCHAR PRIMARY KEY, display_name VARCHAR NOT NULL,"
                            + " aws_account_id VARCHAR NOT NULL, access_type VARCHAR NOT NULL, role_arn VARCHAR,"
                            + " external_id VARCHAR, account_type VARCHAR NOT NULL, export_type VARCHAR NOT NULL,"
                            + " export_name VARCHAR NOT NULL, export_format VARCHAR NOT NULL, bucket VARCHAR NOT NULL,"
                            + " prefix VARCHAR NOT NULL, region VARCHAR)",
                    "CREATE TABLE customers (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, currency VARCHAR NOT NULL,"
                            + " markup_percent DECIMAL(12,6) NOT NULL)",
                    "CREATE TABLE mapping_rules (id VARCHAR PRIMARY KEY, customer_id VARCHAR NOT NULL,"
                            + " kind VARCHAR NOT NULL, rule_key VARCHAR NOT NULL, rule_value VARCHAR NOT NULL,"
                            + " precedence INTEGER NOT NULL)"),
            // loads stage their facts in a temporary table of their own now: deleted rows made this one ever slower
            List.of("DROP TABLE staged_facts"),
            // the integration flow's state; secrets arrive sealed by the credentials bundle, never in clear text
            List.of("CREATE TABLE pending_integrations (id VARCHAR PRIMARY KEY, external_id VARCHAR NOT NULL UNIQUE,"
                            + " trusted_account_id VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)",
                    "CREATE TABLE configuration_errors (account_id VARCHAR NOT NULL, code VARCHAR NOT NULL,"
                            + " message VARCHAR NOT NULL, first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL,"
                            + " PRIMARY KEY (account_id, code))",
                    "CREATE TABLE sealed_secrets (account_id VARCHAR PRIMARY KEY, sealed VARCHAR NOT NULL)"),
            // whether AWS writes a newer delivery beside or over the previous one (the export's overwrite setting)
            List.of("ALTER TABLE accounts ADD COLUMN versioning VARCHAR DEFAULT 'OVERWRITE'",
                    "UPDATE accounts SET versioning = CASE export_type WHEN 'LEGACY' THEN 'CREATE_NEW' ELSE 'OVERWRITE' END"),
            // a usage account in both its payer's export and its own: the linked export's facts that queries leave out
            List.of("CREATE TABLE superseded_facts (export_id VARCHAR NOT NULL, period VARCHAR NOT NULL,"
                    + " account VARCHAR NOT NULL, payer_export_id VARCHAR NOT NULL)"),
            // which customer each (tag set, usage account) of the facts belongs to, by the mapping rules
            List.of("CREATE TABLE customer_assignments (label_set_id BIGINT NOT NULL, account VARCHAR,"
                    + " customer_id VARCHAR NOT NULL)"),
            // the facts summed per day, account, service and line item type: the overview questions read this
            List.of(DailyServiceCosts.CREATE, DailyServiceCosts.FILL),
            // budgets, their scope (one row per filter value) and the alerts they raise
            List.of("CREATE TABLE budgets (name VARCHAR PRIMARY KEY, period VARCHAR NOT NULL, measure VARCHAR NOT NULL,"
                            + " amount DECIMAL(17,2) NOT NULL, currency VARCHAR NOT NULL, thresholds VARCHAR NOT NULL,"
                            + " excluded VARCHAR NOT NULL)",
                    "CREATE TABLE budget_filters (budget_name VARCHAR NOT NULL, filter_position INTEGER NOT NULL,"
                            + " dimension VARCHAR NOT NULL, label_key VARCHAR, excluding BOOLEAN NOT NULL,"
                            + " filter_value VARCHAR NOT NULL)",
                    "CREATE TABLE alerts (id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, subject VARCHAR NOT NULL,"
                            + " condition_key VARCHAR NOT NULL, state VARCHAR NOT NULL, summary VARCHAR NOT NULL,"
                            + " alert_value DECIMAL(38,10), alert_limit DECIMAL(38,10), currency VARCHAR,"
                            + " raised_at TIMESTAMP NOT NULL, changed_at TIMESTAMP NOT NULL)"),
            // anomaly monitors and their scope
            List.of("CREATE TABLE anomaly_monitors (name VARCHAR PRIMARY KEY, dimension VARCHAR, label_key VARCHAR,"
                            + " measure VARCHAR NOT NULL, min_impact DECIMAL(17,2) NOT NULL,"
                            + " min_impact_percent DECIMAL(9,2) NOT NULL, usage_only BOOLEAN NOT NULL)",
                    "CREATE TABLE anomaly_monitor_filters (monitor_name VARCHAR NOT NULL,"
                            + " filter_position INTEGER NOT NULL, dimension VARCHAR NOT NULL, label_key VARCHAR,"
                            + " excluding BOOLEAN NOT NULL, filter_value VARCHAR NOT NULL)"));

    private Schema() {
    }

    static int latest() {
        return MIGRATIONS.size();
    }

    /** Brings the database to the latest version. */
    static void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet result = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                if (result.next()) {
                    version = result.getInt(1);
                }
            }
            if (version > latest()) {
                throw new SQLException("The database is at schema version " + version + ", newer than this cloudspend's "
                        + latest() + ": use the cloudspend version that wrote it");
            }
            for (int next = version; next < latest(); next++) {
                connection.setAutoCommit(false);
                try {
                    for (String sql : MIGRATIONS.get(next)) {
                        statement.execute(sql);
                    }
                    statement.execute("INSERT INTO schema_version VALUES (" + (next + 1) + ")");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }
}
