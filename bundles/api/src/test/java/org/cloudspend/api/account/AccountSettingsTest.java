package org.cloudspend.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.junit.jupiter.api.Test;

class AccountSettingsTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/cloudspend";
    private static final String EXTERNAL_ID = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6";
    private static final Function<String, ExternalId> NO_PENDING = id -> {
        throw new IllegalArgumentException("There is no pending integration '" + id + "'");
    };
    private static final UnaryOperator<String> AS_IS = name -> name;

    private static AccountSettings settings(String name, String roleArn, String exportName, String bucket,
            String format, String accountType) {
        return new AccountSettings(name, roleArn, roleArn == null ? null : EXTERNAL_ID, null, null, null, null,
                accountType, null, exportName, format, bucket, null, null);
    }

    @Test
    void aRoleAccountTakesItsNumberFromTheArnAndDefaults() {
        AwsAccount account = settings("Prod", ROLE, "daily", "billing", null, null).applyTo("prod", null, NO_PENDING,
                AS_IS);
        assertEquals("123456789012", account.awsAccountId().value());
        assertEquals(AccessType.ROLE, account.accessType());
        assertEquals(Optional.of(new ExternalId(EXTERNAL_ID)), account.externalId());
        assertEquals(AccountType.PAYER, account.accountType());
        assertEquals(ExportType.CUR2, account.export().type());
        assertEquals(ExportFormat.PARQUET, account.export().format());
        assertEquals("us-east-1", account.export().location().region());
    }

    @Test
    void aChangeKeepsWhatItDoesNotName() {
        AwsAccount base = settings("Prod", ROLE, "daily", "billing", null, null).applyTo("prod", null, NO_PENDING,
                AS_IS);
        AwsAccount renamed = settings("Production", null, null, null, "csv", "linked").applyTo("prod", base,
                NO_PENDING, AS_IS);
        assertEquals("Production", renamed.displayName());
        assertEquals(ROLE, renamed.roleArn().orElseThrow());
        assertEquals("billing", renamed.export().location().bucket());
        assertEquals(ExportFormat.CSV_GZIP, renamed.export().format());
        assertEquals(AccountType.LINKED, renamed.accountType());
    }

    @Test
    void messagesNameTheSettingAsTheCallerDoes() {
        UnaryOperator<String> shell = name -> "--" + name.replaceAll("([A-Z])", "-$1").toLowerCase();
        assertEquals("--export-name is required", assertThrows(IllegalArgumentException.class,
                () -> settings("Prod", ROLE, null, "billing", null, null).applyTo("prod", null, NO_PENDING, shell))
                .getMessage());
        assertEquals("format is parquet or csv, not 'xml'", assertThrows(IllegalArgumentException.class,
                () -> settings("Prod", ROLE, "daily", "billing", "xml", null).applyTo("prod", null, NO_PENDING,
                        AS_IS)).getMessage());
        assertEquals("accountType is payer or linked, not 'member'", assertThrows(IllegalArgumentException.class,
                () -> settings("Prod", ROLE, "daily", "billing", null, "member").applyTo("prod", null, NO_PENDING,
                        AS_IS)).getMessage());
        assertEquals("Give roleArn (recommended; start with an External ID) or, for an existing IAM-user integration,"
                + " accessKeyId", assertThrows(IllegalArgumentException.class,
                        () -> settings("Prod", null, "daily", "billing", null, null).applyTo("prod", null, NO_PENDING,
                                AS_IS)).getMessage());
    }
}
