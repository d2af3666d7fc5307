package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.PendingIntegration;

/** What the integration flow keeps besides the accounts: pending External IDs, configuration errors, sealed secrets. */
final class AccountStateTables {

    private AccountStateTables() {
    }

    static void savePending(Connection connection, PendingIntegration pending) throws SQLException {
        // DuckDB checks the UNIQUE external_id before the replaced row is gone: delete, then insert
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pending_integrations WHERE id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO pending_integrations VALUES (?, ?, ?, ?)")) {
            delete.setString(1, pending.id());
            delete.executeUpdate();
            insert.setString(1, pending.id());
            insert.setString(2, pending.externalId().value());
            insert.setString(3, pending.trustedAccountId().value());
            insert.setTimestamp(4, Timestamp.from(pending.createdAt()));
            insert.executeUpdate();
        }
    }

    /** Pending integrations whose {@code column} equals the value, or all of them when the column is null. */
    static List<PendingIntegration> pending(Connection connection, String column, String value) throws SQLException {
        List<PendingIntegration> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM pending_integrations"
                + (column == null ? "" : " WHERE " + column + " = ?") + " ORDER BY created_at, id")) {
            if (column != null) {
                select.setString(1, value);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    pending.add(new PendingIntegration(row.getString("id"),
                            new AwsAccountId(row.getString("trusted_account_id")),
                            new ExternalId(row.getString("external_id")), instant(row, "created_at")));
                }
            }
        }
        return pending;
    }

    static boolean removePending(Connection connection, String id) throws SQLException {
        return deleteWhere(connection, "DELETE FROM pending_integrations WHERE id = ?", id);
    }

    /** Records the error, keeping its first-seen time when it is already known; true if it was not. */
    static boolean report(Connection connection, String accountId, ConfigurationErrorCode code, String message,
            Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE configuration_errors SET message = ?, last_seen = ? WHERE account_id = ? AND code = ?")) {
            update.setString(1, message);
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, accountId);
            update.setString(4, code.name());
            if (update.executeUpdate() > 0) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO configuration_errors VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, accountId);
            insert.setString(2, code.name());
            insert.setString(3, message);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
            return true;
        }
    }

    /** Removes the error; true if there was one. */
    static boolean clear(Connection connection, String accountId, ConfigurationErrorCode code) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM configuration_errors WHERE account_id = ? AND code = ?")) {
            delete.setString(1, accountId);
            delete.setString(2, code.name());
            return delete.executeUpdate() > 0;
        }
    }

    static void clearAll(Connection connection, String accountId) throws SQLException {
        deleteWhere(connection, "DELETE FROM configuration_errors WHERE account_id = ?", accountId);
    }

    /** The errors of one account, or of all accounts when accountId is null; oldest first. */
    static List<ConfigurationError> errors(Connection connection, String accountId) throws SQLException {
        List<ConfigurationError> errors = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM configuration_errors"
                + (accountId == null ? "" : " WHERE account_id = ?") + " ORDER BY first_seen, account_id, code")) {
            if (accountId != null) {
                select.setString(1, accountId);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    errors.add(new ConfigurationError(row.getString("account_id"),
                            ConfigurationErrorCode.valueOf(row.getString("code")), row.getString("message"),
                            instant(row, "first_seen"), instant(row, "last_seen")));
                }
            }
        }
        return errors;
    }

    static void putSecret(Connection connection, String accountId, String sealed) throws SQLException {
        removeSecret(connection, accountId);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sealed_secrets VALUES (?, ?)")) {
            insert.setString(1, accountId);
            insert.setString(2, sealed);
            insert.executeUpdate();
        }
    }

    static Optional<String> secret(Connection connection, String accountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sealed FROM sealed_secrets WHERE account_id = ?")) {
            select.setString(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static boolean removeSecret(Connection connection, String accountId) throws SQLException {
        return deleteWhere(connection, "DELETE FROM sealed_secrets WHERE account_id = ?", accountId);
    }

    private static boolean deleteWhere(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, key);
            return delete.executeUpdate() > 0;
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }
}
