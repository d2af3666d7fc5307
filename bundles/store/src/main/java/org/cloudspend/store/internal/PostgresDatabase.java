package org.cloudspend.store.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.CostMeasure;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** PostgreSQL for production: facts written with COPY, indexed for the store's questions. */
final class PostgresDatabase implements Database {

    private static final int CHUNK = 1 << 20;

    private final String url;
    private final Properties credentials;

    /**
     * @param url a {@code jdbc:postgresql:} URL
     * @param user the user, empty to take it from the URL
     * @param password the password, empty for none or the URL's
     */
    PostgresDatabase(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("A PostgreSQL store needs a jdbc:postgresql: URL");
        }
        this.url = url;
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

    @Override
    public void writeFacts(Connection connection, String stagingTable, LoadClaim claim, Map<FactKey, FactSums> facts,
            Function<String, Long> labelSetId) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + stagingTable + " FROM STDIN (FORMAT csv)");
        try {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 4096);
            StringBuilder row = new StringBuilder(256);
            for (Map.Entry<FactKey, FactSums> fact : facts.entrySet()) {
                FactKey key = fact.getKey();
                FactSums sums = fact.getValue();
                row.setLength(0);
                text(row, claim.exportId());
                text(row, claim.period().toString());
                row.append(LocalDate.ofEpochDay(key.epochDay())).append(',');
                text(row, key.payer());
                text(row, key.account());
                text(row, key.service());
                text(row, key.region());
                text(row, key.usageType());
                text(row, key.operation());
                text(row, key.lineItemType());
                text(row, key.resource());
                text(row, key.currency());
                row.append(labelSetId.apply(key.labels())).append(',');
                number(row, sums.usage().setScale(10, RoundingMode.HALF_EVEN));
                for (CostMeasure measure : CostMeasure.values()) {
                    number(row, sums.total(measure));
                }
                row.append(sums.rows).append('\n');
                chunk.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
                if (chunk.size() >= CHUNK) {
                    copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    @Override
    public void writeLabelSets(Connection connection, Map<String, Long> labelSets) throws SQLException {
        StringBuilder sets = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        for (Map.Entry<String, Long> labels : labelSets.entrySet()) {
            sets.append(labels.getValue()).append(',');
            text(sets, labels.getKey());
            sets.setLength(sets.length() - 1);
            sets.append('\n');
            for (String[] label : LabelSets.entries(labels.getKey())) {
                entries.append(labels.getValue()).append(',');
                text(entries, label[0]);
                text(entries, label[1]);
                text(entries, label[2]);
                entries.setLength(entries.length() - 1);
                entries.append('\n');
            }
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("COPY label_sets FROM STDIN (FORMAT csv)", new java.io.StringReader(sets.toString()));
            copy.copyIn("COPY label_set_entries FROM STDIN (FORMAT csv)",
                    new java.io.StringReader(entries.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("Writing tag sets failed: " + e.getMessage(), e);
        }
    }

    /** A quoted CSV field (null stays an unquoted empty field, which COPY reads as NULL). */
    private static void text(StringBuilder row, String value) {
        if (value != null) {
            row.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        row.append(',');
    }

    private static void number(StringBuilder row, BigDecimal value) {
        if (value != null) {
            row.append(value.toPlainString());
        }
        row.append(',');
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
    public String temporary(String table) {
        return table;
    }

    @Override
    public List<String> indexes() {
        return List.of(
                "CREATE INDEX IF NOT EXISTS cost_facts_day ON cost_facts (day)",
                "CREATE INDEX IF NOT EXISTS cost_facts_export_period ON cost_facts (export_id, period)",
                "CREATE INDEX IF NOT EXISTS cost_facts_account_day ON cost_facts (account, day)",
                "CREATE INDEX IF NOT EXISTS label_set_entries_lookup"
                        + " ON label_set_entries (kind, label_key, label_value, set_id)",
                "CREATE INDEX IF NOT EXISTS label_set_entries_set ON label_set_entries (set_id)",
                "CREATE INDEX IF NOT EXISTS loads_export_period ON loads (export_id, period, started_at)");
    }

    @Override
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
