package org.cloudspend.accounts.internal;

import static org.cloudspend.accounts.internal.IntegrationFixture.BUCKET;
import static org.cloudspend.accounts.internal.IntegrationFixture.OURS;
import static org.cloudspend.accounts.internal.IntegrationFixture.payer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.IntegrationRefusedException;
import org.cloudspend.api.account.LinkedAccount;
import org.cloudspend.api.account.PendingIntegration;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.account.ValidationReport;
import org.cloudspend.api.credentials.CredentialsException;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountIntegrationTest {

    @TempDir
    Path folder;

    private IntegrationFixture aws;

    @BeforeEach
    void start() throws Exception {
        aws = new IntegrationFixture(folder, false);
    }

    @AfterEach
    void stop() throws Exception {
        aws.close();
    }

    /** Stage 1 as the customer does it: a pending integration, and its External ID put into the role's trust policy. */
    private PendingIntegration pendingTrustedByTheRole() {
        PendingIntegration pending = aws.integration.startIntegration();
        aws.role.trust(OURS, pending.externalId().value());
        return pending;
    }

    @Test
    void aPayerIntegratesWithItsExportDefinitionFromAwsAndItsLinkedAccounts() {
        PendingIntegration pending = pendingTrustedByTheRole();
        assertEquals(new AwsAccountId(OURS), pending.trustedAccountId());

        ValidationReport report = aws.integration.integrate(payer(pending.externalId(), "daily-costs"),
                Optional.empty());

        assertTrue(report.passed(), report.toString());
        ExportDefinition fromAws = new ExportDefinition(ExportType.CUR2, "daily-costs", ExportFormat.PARQUET,
                new S3Location(BUCKET, "cur2", "us-east-1"), ExportVersioning.OVERWRITE);
        assertEquals(fromAws, report.account().export());
        assertEquals(fromAws, aws.store.accounts().account("payer").orElseThrow().export());
        assertEquals(List.of("111111111111", "222222222222", "333333333333"),
                report.linkedAccounts().stream().map(LinkedAccount::awsAccountId).map(AwsAccountId::value).toList());
        assertEquals("SUSPENDED", report.linkedAccounts().get(2).status());
        assertTrue(report.findings().contains("External ID: the role refuses assumption without it and with any"
                + " other"), report.findings().toString());
        assertEquals(List.of(), aws.integration.pendingIntegrations(), "integrating consumes the pending integration");
    }

    @Test
    void externalIdsAreRandomUniqueAndARefreshRetiresThePreviousOne() {
        PendingIntegration first = aws.integration.startIntegration();
        PendingIntegration other = aws.integration.startIntegration();
        assertTrue(first.externalId().value().matches("[A-Za-z0-9]{32}"), first.externalId().value());
        assertNotEquals(first.externalId(), other.externalId());

        PendingIntegration refreshed = aws.integration.refreshIntegration(first.id());
        assertEquals(first.id(), refreshed.id());
        assertNotEquals(first.externalId(), refreshed.externalId());
        aws.role.trust(OURS, first.externalId().value());

        ValidationReport stale = aws.integration.integrate(payer(first.externalId(), "daily-costs"), Optional.empty());
        assertEquals(List.of(ConfigurationErrorCode.EXTERNAL_ID_MISMATCH), codes(stale.errors()));
        assertTrue(stale.errors().get(0).message().contains("replaced by a refresh"), stale.toString());
        assertFalse(aws.aws.actions().contains("sts:AssumeRole"), "a retired External ID is never sent to AWS");
        assertTrue(aws.store.accounts().account("payer").isPresent(), "the account waits in the configuration errors");

        aws.role.trust(OURS, refreshed.externalId().value());
        ValidationReport fixed = aws.integration.update(payer(refreshed.externalId(), "daily-costs"),
                Optional.empty());
        assertTrue(fixed.passed(), fixed.toString());
        assertEquals(List.of(), aws.store.errors().errors());
        assertEquals(List.of(other.id()), aws.integration.pendingIntegrations().stream().map(PendingIntegration::id)
                .toList());
    }

    @Test
    void roleAccessDeniedIsRaisedAndCleared() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.role.trust("888888888888", pending.externalId().value());
        // refused access proves no trust: the role stays unassumed by routes until a validation passes
        raisedThenCleared(pending, List.of(ConfigurationErrorCode.TRUST_NOT_PROVEN,
                ConfigurationErrorCode.ROLE_ACCESS_DENIED), fix -> aws.role.trust(OURS, pending.externalId().value()));
    }

    @Test
    void aRoleWithoutTheExternalIdConditionIsAConfusedDeputyRisk() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.role.trust(OURS, null);
        raisedThenCleared(pending, ConfigurationErrorCode.CONFUSED_DEPUTY_RISK,
                fix -> aws.role.trust(OURS, pending.externalId().value()));
    }

    @Test
    void aRoleTakingAnyExternalIdIsAConfusedDeputyRiskToo() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.role.trustAnyExternalId(OURS);
        raisedThenCleared(pending, ConfigurationErrorCode.CONFUSED_DEPUTY_RISK,
                fix -> aws.role.trust(OURS, pending.externalId().value()));
    }

    @Test
    void aMadeUpExternalIdIsNeverSentToAwsNorAssumedByAnyRoute() {
        pendingTrustedByTheRole();
        ExternalId madeUp = new ExternalId("MadeUpExternalId0123456789abcdef");
        aws.role.trust(OURS, madeUp.value());
        ValidationReport refused = aws.integration.integrate(payer(madeUp, "daily-costs"), Optional.empty());
        assertEquals(List.of(ConfigurationErrorCode.EXTERNAL_ID_MISMATCH), codes(refused.errors()));
        CredentialsException withheld = assertThrows(CredentialsException.class,
                () -> aws.credentials.credentialsFor("payer").resolveCredentials());
        assertEquals(CredentialsException.Reason.NOT_VALIDATED, withheld.reason());
        assertEquals(List.of(), aws.role.externalIdsPresented(), "the refused External ID never reached AWS");
    }

    @Test
    void aConfusedDeputyCheckThatCannotRunLeavesTheRoleUnassumedUntilItPasses() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.role.failNextAssumptions(1, 400, "ValidationError", "the probe failed for a reason of its own");
        ValidationReport unknown = aws.integration.integrate(payer(pending.externalId(), "daily-costs"),
                Optional.empty());
        assertEquals(List.of(ConfigurationErrorCode.TRUST_NOT_PROVEN), codes(unknown.errors()), unknown.toString());
        assertTrue(unknown.errors().get(0).message().contains("could not be checked"), unknown.toString());
        assertThrows(CredentialsException.class, () -> aws.credentials.credentialsFor("payer"));

        ValidationReport proven = aws.integration.validate("payer");
        assertTrue(proven.passed(), proven.toString());
        aws.credentials.credentialsFor("payer").resolveCredentials();
    }

    @Test
    void anUnknownExportNameListsTheExportsThatExist() {
        PendingIntegration pending = pendingTrustedByTheRole();
        ValidationReport report = aws.integration.integrate(payer(pending.externalId(), "daily-cost"),
                Optional.empty());
        assertEquals(List.of(ConfigurationErrorCode.INVALID_REPORT_NAME), codes(report.errors()));
        assertTrue(report.errors().get(0).message().contains("'focus', 'daily-costs', 'hourly'"),
                report.errors().get(0).message());

        ValidationReport fixed = aws.integration.update(payer(pending.externalId(), "daily-costs"), Optional.empty());
        assertTrue(fixed.passed(), fixed.toString());
    }

    @Test
    void anExportOfAnotherTableIsNotACurExport() {
        PendingIntegration pending = pendingTrustedByTheRole();
        ValidationReport report = aws.integration.integrate(payer(pending.externalId(), "focus"), Optional.empty());
        assertEquals(List.of(ConfigurationErrorCode.INVALID_REPORT_NAME), codes(report.errors()));
        assertTrue(report.errors().get(0).message().contains("COST_AND_USAGE_REPORT"), report.toString());
    }

    @Test
    void aMissingBucketIsRaisedAndClearedOnceItExists() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.aws.account(IntegrationFixture.PAYER).export(new org.cloudspend.stubs.BillingAccount.Export("daily-costs",
                "COST_AND_USAGE_REPORT", "moved-bucket", "cur2", "us-east-1", "PARQUET", "PARQUET",
                "OVERWRITE_REPORT", "HEALTHY"));
        raisedThenCleared(pending, ConfigurationErrorCode.BUCKET_NOT_FOUND, fix -> aws.s3.bucket("moved-bucket"));
    }

    @Test
    void aRoleWithoutS3ReadIsRefusedThePrefix() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.role.noS3Access();
        raisedThenCleared(pending, ConfigurationErrorCode.PREFIX_ACCESS_DENIED,
                fix -> aws.role.s3Access(IntegrationFixture.S3_KEY_ID, IntegrationFixture.S3_SECRET));
    }

    @Test
    void aPolicyWithoutDataExportsIsAMissingPermission() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.role.deny("bcm-data-exports:ListExports");
        raisedThenCleared(pending, ConfigurationErrorCode.MISSING_PERMISSION,
                fix -> aws.role.allow("bcm-data-exports:ListExports"));
    }

    @Test
    void aRoleArnOfAnotherAccountOrMalformedIsRefusedBeforeAnythingIsStored() {
        PendingIntegration pending = pendingTrustedByTheRole();
        AwsAccount valid = payer(pending.externalId(), "daily-costs");
        IntegrationRefusedException malformed = assertThrows(IntegrationRefusedException.class,
                () -> aws.integration.integrate(withRole(valid, "arn:aws:iam::111111111111:user/someone"),
                        Optional.empty()));
        assertTrue(malformed.getMessage().contains("is not an IAM role ARN"), malformed.getMessage());
        IntegrationRefusedException elsewhere = assertThrows(IntegrationRefusedException.class,
                () -> aws.integration.integrate(withRole(valid, "arn:aws:iam::444444444444:role/x"), Optional.empty()));
        assertTrue(elsewhere.getMessage().contains("belongs to AWS account 444444444444"), elsewhere.getMessage());
        assertEquals(List.of(), aws.store.accounts().accounts());
    }

    @Test
    void anAccountIdThatCouldMeanSomethingElseIsRefusedBeforeAnythingIsStored() {
        PendingIntegration pending = pendingTrustedByTheRole();
        AwsAccount valid = payer(pending.externalId(), "daily-costs");
        for (String id : List.of("a/b", "..", "x?period=1", "{{evil}}", "p".repeat(300), "", "(unassigned)")) {
            AwsAccount bad = new AwsAccount(id, valid.displayName(), valid.awsAccountId(), valid.accessType(),
                    valid.roleArn(), valid.externalId(), valid.accountType(), valid.export());
            IntegrationRefusedException refused = assertThrows(IntegrationRefusedException.class,
                    () -> aws.integration.integrate(bad, Optional.empty()));
            assertTrue(refused.getMessage().contains("is not a valid account id: 1 to 64 letters"),
                    refused.getMessage());
        }
        assertEquals(List.of(), aws.store.accounts().accounts());
        assertEquals(List.of(), aws.store.errors().errors());
    }

    @Test
    void policyDocumentsCarryTheSpecificationsActionsAndTheExternalId() throws Exception {
        PendingIntegration pending = aws.integration.startIntegration();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var specification = json.readTree(aws.integration.permissionPolicy());
        var actions = new java.util.ArrayList<String>();
        specification.path("Statement").get(0).path("Action").forEach(a -> actions.add(a.asText()));
        assertEquals(55, actions.size());
        assertTrue(actions.containsAll(List.of("bcm-data-exports:ListExports", "bcm-data-exports:GetExport",
                "cur:DescribeReportDefinitions", "organizations:DescribeOrganization", "organizations:ListAccounts",
                "s3:ListBucket", "s3:GetObject", "iam:GetUser")), actions.toString());
        assertTrue(actions.stream().allMatch(a -> a.split(":")[1].matches("(Get|List|Describe).*")),
                "read-only: " + actions);

        var trust = json.readTree(aws.integration.trustPolicy(pending.externalId())).path("Statement").get(0);
        assertEquals("arn:aws:iam::999999999999:root", trust.path("Principal").path("AWS").asText());
        assertEquals("sts:AssumeRole", trust.path("Action").asText());
        assertEquals(pending.externalId().value(),
                trust.path("Condition").path("StringEquals").path("sts:ExternalId").asText());

        var template = json.readTree(aws.integration.cloudFormationTemplate(pending.externalId()));
        var role = template.path("Resources").path("CloudspendRole");
        assertEquals("AWS::IAM::Role", role.path("Type").asText());
        assertEquals(trust, role.path("Properties").path("AssumeRolePolicyDocument").path("Statement").get(0));
        assertEquals(specification, template.path("Resources").path("CloudspendPolicy").path("Properties")
                .path("PolicyDocument"));
        assertEquals("CloudspendPolicy", role.path("Properties").path("ManagedPolicyArns").get(0).path("Ref").asText());
    }

    @Test
    void aLocalCopyOfTheBucketNeedsNoAwsAccessOnlyAReadableFolder() throws Exception {
        Path copy = folder.resolve("copy-of-bucket");
        AwsAccount local = new AwsAccount("onprem", "On premises", new AwsAccountId("123456789012"),
                org.cloudspend.api.account.AccessType.LOCAL, Optional.empty(), Optional.empty(),
                org.cloudspend.api.account.AccountType.LINKED, new ExportDefinition(ExportType.CUR2, "costs",
                        ExportFormat.PARQUET, new S3Location(copy.toString(), "exports", ""),
                        ExportVersioning.OVERWRITE));
        ValidationReport missing = aws.integration.integrate(local, Optional.empty());
        assertEquals(List.of(ConfigurationErrorCode.BUCKET_NOT_FOUND), codes(missing.errors()));

        java.nio.file.Files.createDirectories(copy);
        ValidationReport present = aws.integration.validate("onprem");
        assertTrue(present.passed(), present.toString());
        assertEquals(List.of(), aws.aws.actions(), "AWS is never asked");
    }

    @Test
    void deletingAnAccountRemovesItsErrors() {
        PendingIntegration pending = pendingTrustedByTheRole();
        aws.integration.integrate(payer(pending.externalId(), "nope"), Optional.empty());
        assertEquals(1, aws.store.errors().errors().size());
        assertTrue(aws.integration.delete("payer"));
        assertEquals(List.of(), aws.store.errors().errors());
        assertEquals(List.of(), aws.store.accounts().accounts());
        assertFalse(aws.integration.delete("payer"));
    }

    /** Integrates with the problem in place, checks the error is registered, fixes it in AWS, validates again. */
    private void raisedThenCleared(PendingIntegration pending, ConfigurationErrorCode code, Consumer<Void> fix) {
        raisedThenCleared(pending, List.of(code), fix);
    }

    private void raisedThenCleared(PendingIntegration pending, List<ConfigurationErrorCode> codes,
            Consumer<Void> fix) {
        ConfigurationErrorCode code = codes.get(codes.size() - 1);
        ValidationReport broken = aws.integration.integrate(payer(pending.externalId(), "daily-costs"),
                Optional.empty());
        assertEquals(codes, codes(broken.errors()), broken.toString());
        assertEquals(codes, codes(aws.store.errors().errors("payer")));
        assertTrue(broken.findings().stream().anyMatch(f -> f.startsWith("FAILED " + code)), broken.toString());

        fix.accept(null);
        ValidationReport fixed = aws.integration.validate("payer");
        assertTrue(fixed.passed(), fixed.toString());
        assertEquals(List.of(), aws.store.errors().errors());
    }

    private static AwsAccount withRole(AwsAccount account, String roleArn) {
        return new AwsAccount(account.id(), account.displayName(), account.awsAccountId(), account.accessType(),
                Optional.of(roleArn), account.externalId(), account.accountType(), account.export());
    }

    static List<ConfigurationErrorCode> codes(List<ConfigurationError> errors) {
        return errors.stream().map(ConfigurationError::code).toList();
    }
}
