package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;

/** The integrated accounts, one row each. No secret is stored here: IAM-user keys belong to the credentials bundle. */
final class AccountTable {

    private AccountTable() {
    }

    static List<AwsAccount> all(Connection connection) throws SQLException {
        return select(connection, "SELECT * FROM accounts ORDER BY display_name, id", null);
    }

    static Optional<AwsAccount> find(Connection connection, String id) throws SQLException {
        return select(connection, "SELECT * FROM accounts WHERE id = ?", id).stream().findFirst();
    }

    static void save(Connection connection, AwsAccount account) throws SQLException {
        delete(connection, account.id());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ExportDefinition export = account.export();
            insert.setString(1, account.id());
            insert.setString(2, account.displayName());
            insert.setString(3, account.awsAccountId().value());
            insert.setString(4, account.accessType().name());
            insert.setString(5, account.roleArn().orElse(null));
            insert.setString(6, account.externalId().map(ExternalId::value).orElse(null));
            insert.setString(7, account.accountType().name());
            insert.setString(8, export.type().name());
            insert.setString(9, export.name());
            insert.setString(10, export.format().name());
            insert.setString(11, export.location().bucket());
            insert.setString(12, export.location().prefix());
            insert.setString(13, export.location().region());
            insert.setString(14, export.versioning().name());
            insert.executeUpdate();
        }
    }

    static boolean delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() > 0;
        }
    }

    private static List<AwsAccount> select(Connection connection, String sql, String id) throws SQLException {
        List<AwsAccount> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    accounts.add(new AwsAccount(row.getString("id"), row.getString("display_name"),
                            new AwsAccountId(row.getString("aws_account_id")),
                            AccessType.valueOf(row.getString("access_type")),
                            Optional.ofNullable(row.getString("role_arn")),
                            Optional.ofNullable(row.getString("external_id")).map(ExternalId::new),
                            AccountType.valueOf(row.getString("account_type")),
                            new ExportDefinition(ExportType.valueOf(row.getString("export_type")),
                                    row.getString("export_name"), ExportFormat.valueOf(row.getString("export_format")),
                                    new S3Location(row.getString("bucket"), row.getString("prefix"),
                                            row.getString("region")),
                                    ExportVersioning.valueOf(row.getString("versioning")))));
                }
            }
        }
        return accounts;
    }
}
