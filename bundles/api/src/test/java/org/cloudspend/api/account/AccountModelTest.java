package org.cloudspend.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.junit.jupiter.api.Test;

class AccountModelTest {

    private static final ExportDefinition EXPORT = new ExportDefinition(
            ExportType.CUR2, "cost-export", ExportFormat.PARQUET, new S3Location("billing", "/cur/", "us-east-1"),
            ExportVersioning.OVERWRITE);

    @Test
    void prefixIsKeptWithoutSlashes() {
        assertEquals("cur", EXPORT.location().prefix());
        assertEquals("cur/", EXPORT.location().keyPrefix());
        assertEquals("", new S3Location("billing", null, "us-east-1").keyPrefix());
    }

    @Test
    void externalIdFollowsAwsRules() {
        assertEquals("Ab3_x=y", new ExternalId("Ab3_x=y").value());
        assertThrows(IllegalArgumentException.class, () -> new ExternalId("a"));
        assertThrows(IllegalArgumentException.class, () -> new ExternalId("has space"));
        assertThrows(IllegalArgumentException.class, () -> new ExternalId("x".repeat(1225)));
    }

    @Test
    void accountIdHasTwelveDigits() {
        assertThrows(IllegalArgumentException.class, () -> new AwsAccountId("12345678901"));
        assertEquals("123456789012", new AwsAccountId("123456789012").toString());
    }

    @Test
    void roleAccessNeedsRoleAndExternalId() {
        assertThrows(IllegalArgumentException.class, () -> new AwsAccount("a1", "Prod",
                new AwsAccountId("123456789012"), AccessType.ROLE, Optional.empty(), Optional.empty(),
                AccountType.PAYER, EXPORT));
        AwsAccount user = new AwsAccount("a1", "Prod", new AwsAccountId("123456789012"), AccessType.USER,
                Optional.empty(), Optional.empty(), AccountType.PAYER, EXPORT);
        assertEquals(AccessType.USER, user.accessType());
    }
}
