package org.cloudspend.accounts.internal;

import static org.cloudspend.accounts.internal.AccountIntegrationTest.codes;
import static org.cloudspend.accounts.internal.IntegrationFixture.OURS;
import static org.cloudspend.accounts.internal.IntegrationFixture.PAYER;
import static org.cloudspend.accounts.internal.IntegrationFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.IntegrationRefusedException;
import org.cloudspend.api.account.PendingIntegration;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.account.ValidationReport;
import org.cloudspend.api.credentials.AccessKeys;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IAM-user access keys: refused for new integrations, kept working for existing ones, and a way out to a role. */
class IamUserAccessTest {

    private static final AccessKeys KEYS = new AccessKeys("TESTBILLINGUSER00001", "test-billing-user-secret");
    private static final AccessKeys NEW_KEYS = new AccessKeys("TESTBILLINGUSER00002", "test-rotated-user-secret");

    @TempDir
    Path folder;

    private IntegrationFixture aws;
    private AccountIntegration legacyPolicy;

    @BeforeEach
    void start() throws Exception {
        aws = new IntegrationFixture(folder, false);
        aws.aws.user(PAYER, "billing-reader", KEYS.accessKeyId(), KEYS.secretAccessKey());
        aws.aws.user(PAYER, "billing-reader", NEW_KEYS.accessKeyId(), NEW_KEYS.secretAccessKey());
        // the installation as it was before new IAM-user integrations were refused
        legacyPolicy = new AccountIntegration(aws.store.accounts(), aws.store.accounts(), aws.store.errors(), aws.credentials,
                AwsEndpoints.stub(aws.aws.endpoint(), aws.s3.endpoint()), true);
    }

    @AfterEach
    void stop() throws Exception {
        legacyPolicy.close();
        aws.close();
    }

    private static AwsAccount userAccount() {
        return new AwsAccount("payer", "Payer", new AwsAccountId(PAYER), AccessType.USER, Optional.empty(),
                Optional.empty(), AccountType.PAYER, new ExportDefinition(ExportType.CUR2, "daily-costs",
                        ExportFormat.PARQUET, new S3Location(IntegrationFixture.BUCKET, "cur2", "us-east-1"),
                        ExportVersioning.OVERWRITE));
    }

    @Test
    void aNewIamUserIntegrationIsRefusedWithThePathToARole() {
        IntegrationRefusedException refused = assertThrows(IntegrationRefusedException.class,
                () -> aws.integration.integrate(userAccount(), Optional.of(KEYS)));
        assertTrue(refused.getMessage().contains("cloudspend:external-id"), refused.getMessage());
        assertEquals(List.of(), aws.store.accounts().accounts());
        assertEquals(Optional.empty(), aws.store.secrets().sealed("payer"), "refused keys are not kept");
    }

    @Test
    void revokedKeysAreAnExpiredCredentialUntilReplaced() {
        // the user's sessions may not list the bucket: S3Proxy knows only the role's S3 key pair
        ValidationReport first = legacyPolicy.integrate(userAccount(), Optional.of(KEYS));
        assertEquals(List.of(ConfigurationErrorCode.PREFIX_ACCESS_DENIED), codes(first.errors()));

        aws.aws.revoke(KEYS.accessKeyId());
        ValidationReport revoked = aws.integration.validate("payer");
        assertEquals(List.of(ConfigurationErrorCode.PREFIX_ACCESS_DENIED, ConfigurationErrorCode.ROLE_EXPIRED),
                codes(revoked.errors()));

        ValidationReport rotated = aws.integration.update(userAccount(), Optional.of(NEW_KEYS));
        assertEquals(List.of(ConfigurationErrorCode.PREFIX_ACCESS_DENIED), codes(rotated.errors()),
                "an existing IAM-user account may rotate its keys");
        assertEquals(Optional.of("****************0002"), aws.credentials.maskedAccessKeyId("payer"));
    }

    @Test
    void anIamUserAccountSwitchesToARoleKeepingItsIdAndForgettingItsKeys() {
        legacyPolicy.integrate(userAccount(), Optional.of(KEYS));
        PendingIntegration pending = aws.integration.startIntegration();
        aws.role.trust(OURS, pending.externalId().value());

        AwsAccount asRole = new AwsAccount("payer", "Payer", new AwsAccountId(PAYER), AccessType.ROLE,
                Optional.of(ROLE), Optional.of(pending.externalId()), AccountType.PAYER, userAccount().export());
        ValidationReport switched = aws.integration.update(asRole, Optional.empty());

        assertTrue(switched.passed(), switched.toString());
        assertTrue(switched.findings().get(switched.findings().size() - 1).contains("keys are forgotten"));
        assertEquals(Optional.empty(), aws.store.secrets().sealed("payer"));
        assertEquals(AccessType.ROLE, aws.store.accounts().account("payer").orElseThrow().accessType());

        IntegrationRefusedException back = assertThrows(IntegrationRefusedException.class,
                () -> aws.integration.update(userAccount(), Optional.of(KEYS)));
        assertTrue(back.getMessage().contains("not allowed"), back.getMessage());
    }

    @Test
    void editingALocalAccountIntoIamUserAccessIsANewIamUserIntegration() throws Exception {
        AwsAccount local = new AwsAccount("payer", "Payer", new AwsAccountId(PAYER), AccessType.LOCAL,
                Optional.empty(), Optional.empty(), AccountType.PAYER, new ExportDefinition(ExportType.CUR2,
                        "daily-costs", ExportFormat.PARQUET, new S3Location(folder.toString(), "", ""),
                        ExportVersioning.OVERWRITE));
        aws.integration.integrate(local, Optional.empty());
        IntegrationRefusedException refused = assertThrows(IntegrationRefusedException.class,
                () -> aws.integration.update(userAccount(), Optional.of(KEYS)));
        assertTrue(refused.getMessage().contains("new IAM-user integration, which is not allowed"),
                refused.getMessage());
        assertEquals(AccessType.LOCAL, aws.store.accounts().account("payer").orElseThrow().accessType());
        assertEquals(Optional.empty(), aws.store.secrets().sealed("payer"), "refused keys are not kept");
    }

    @Test
    void noSecretAppearsInReportsOrErrors() {
        legacyPolicy.integrate(userAccount(), Optional.of(KEYS));
        aws.aws.revoke(KEYS.accessKeyId());
        ValidationReport report = aws.integration.validate("payer");
        String everything = report + " " + aws.store.errors().errors();
        assertFalse(everything.contains(KEYS.secretAccessKey()), everything);
        assertFalse(everything.contains(KEYS.accessKeyId()), everything);
        assertFalse(everything.contains(IntegrationFixture.OWN_SECRET), everything);
        assertFalse(KEYS.toString().contains(KEYS.secretAccessKey()));
    }
}
