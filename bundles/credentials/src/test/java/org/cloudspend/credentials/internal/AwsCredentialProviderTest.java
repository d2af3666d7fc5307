package org.cloudspend.credentials.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.credentials.AccessKeys;
import org.cloudspend.api.credentials.CredentialsException;
import org.cloudspend.api.credentials.CredentialsException.Reason;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.stubs.AwsStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class AwsCredentialProviderTest {

    private static final String OURS = "999999999999";
    private static final String OWN_KEY = "TESTOWNIDENTITY00001";
    private static final String OWN_SECRET = "test-own-secret-not-real";
    private static final String ROLE = "arn:aws:iam::111111111111:role/cloudspend-reader";
    private static final ExternalId EXTERNAL_ID = new ExternalId("Rk7Qw2Zp9Lm4Xc8Vb3Nj");
    private static final AccessKeys USER_KEYS = new AccessKeys("TESTUSERKEY000000042", "test-user-secret-not-real");

    @TempDir
    Path folder;

    private AwsStub stub;
    private final InMemoryState state = new InMemoryState();
    private AwsCredentialProvider provider;

    @BeforeEach
    void start() throws Exception {
        stub = AwsStub.start();
        stub.user(OURS, "cloudspend", OWN_KEY, OWN_SECRET);
        stub.role(ROLE, OURS, EXTERNAL_ID.value());
        provider = provider(folder.resolve("etc/credentials.key"));
    }

    private AwsCredentialProvider provider(Path keyFile) {
        return new AwsCredentialProvider(state, state, state, keyFile,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(OWN_KEY, OWN_SECRET)), "",
                stub.endpoint(), "us-east-1", Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        provider.close();
        stub.close();
    }

    @Test
    void oneSessionServesManyRequestsUntilTheRoleChanges() {
        state.save(roleAccount("prod", ROLE, EXTERNAL_ID));
        for (int i = 0; i < 5; i++) {
            provider.credentialsFor("prod").resolveCredentials();
        }
        assertEquals(1, stub.role(ROLE).assumptions());

        String otherRole = "arn:aws:iam::111111111111:role/cloudspend-other";
        stub.role(otherRole, OURS, EXTERNAL_ID.value());
        state.save(roleAccount("prod", otherRole, EXTERNAL_ID));
        provider.credentialsFor("prod").resolveCredentials();
        provider.credentialsFor("prod").resolveCredentials();
        assertEquals(1, stub.role(otherRole).assumptions());
    }

    @Test
    void aSessionAboutToEndIsRenewedInsteadOfHandedOut() {
        // within a minute of its end a session is stale: the provider assumes the role again before answering
        stub.sessionDuration(Duration.ofSeconds(50));
        state.save(roleAccount("prod", ROLE, EXTERNAL_ID));
        provider.credentialsFor("prod").resolveCredentials();
        provider.credentialsFor("prod").resolveCredentials();
        assertTrue(stub.role(ROLE).assumptions() >= 2, "a stale session is renewed");
    }

    @Test
    void verifyAssumesTheRoleAnewAndNamesTheAccountItReached() {
        AwsAccount account = roleAccount("prod", ROLE, EXTERNAL_ID);
        assertEquals(new AwsAccountId("111111111111"), provider.verify(account).callerAccount());
        assertEquals(new AwsAccountId("111111111111"), provider.verify(account).callerAccount());
        assertEquals(2, stub.role(ROLE).assumptions());

        CredentialsException refused = assertThrows(CredentialsException.class,
                () -> provider.verify(roleAccount("prod", ROLE, new ExternalId("SomeOtherExternalId"))));
        assertEquals(Reason.ACCESS_DENIED, refused.reason());
        assertTrue(refused.getMessage().contains("sts:ExternalId"), refused.getMessage());
    }

    @Test
    void aRoleWithoutAnExternalIdConditionIsSpotted() {
        assertFalse(provider.assumableWithoutExternalId(ROLE));
        stub.role(ROLE).trust(OURS, null);
        assertTrue(provider.assumableWithoutExternalId(ROLE));
    }

    @Test
    void aRoleTakingAnyExternalIdIsSpottedToo() {
        // "StringLike": {"sts:ExternalId": "*"}: refuses no External ID, takes any
        stub.role(ROLE).trustAnyExternalId(OURS);
        assertTrue(provider.assumableWithoutExternalId(ROLE));
        List<String> presented = stub.role(ROLE).externalIdsPresented();
        assertEquals(2, presented.size(), presented.toString());
        assertEquals(null, presented.get(0));
        assertTrue(presented.get(1).startsWith("cloudspend-probe-"), presented.toString());
    }

    @Test
    void onlyAnExplicitAccessDeniedCountsAsARefusal() {
        stub.role(ROLE).failNextAssumptions(1, 400, "ValidationError", "something else went wrong");
        CredentialsException unknown = assertThrows(CredentialsException.class,
                () -> provider.assumableWithoutExternalId(ROLE));
        assertTrue(unknown.getMessage().contains("ValidationError"), unknown.getMessage());
        // throttled (the SDK tries again a few times first): unknown, not refused
        stub.role(ROLE).failNextAssumptions(100, 400, "Throttling", "Rate exceeded");
        assertThrows(CredentialsException.class, () -> provider.assumableWithoutExternalId(ROLE));
        stub.role(ROLE).failNextAssumptions(0, 400, "Throttling", "Rate exceeded");
        assertFalse(provider.assumableWithoutExternalId(ROLE), "AccessDenied twice: refused");
    }

    @Test
    void aRoleWhoseTrustIsNotProvenIsNeverAssumed() {
        state.save(roleAccount("prod", ROLE, EXTERNAL_ID));
        for (ConfigurationErrorCode code : List.of(ConfigurationErrorCode.TRUST_NOT_PROVEN,
                ConfigurationErrorCode.EXTERNAL_ID_MISMATCH, ConfigurationErrorCode.CONFUSED_DEPUTY_RISK)) {
            state.report("prod", code, "found by a validation");
            CredentialsException withheld = assertThrows(CredentialsException.class,
                    () -> provider.credentialsFor("prod"));
            assertEquals(CredentialsException.Reason.NOT_VALIDATED, withheld.reason());
            assertEquals("The role of account prod is not assumed until a validation passes (" + code + "): see"
                    + " cloudspend:errors, then cloudspend:account-validate prod", withheld.getMessage());
            assertEquals(java.util.Optional.empty(), withheld.configurationError());
            state.clearAll("prod");
        }
        assertEquals(0, stub.role(ROLE).assumptions(), "no session was asked for");
        state.report("prod", ConfigurationErrorCode.NO_DELIVERY, "other errors do not withhold the role");
        provider.credentialsFor("prod").resolveCredentials();
        assertEquals(1, stub.role(ROLE).assumptions());
    }

    @Test
    void expiredSessionsAreReportedAsExpired() {
        state.save(roleAccount("prod", ROLE, EXTERNAL_ID));
        var session = provider.verify(state.accounts.get("prod")).credentials();
        stub.expireSessions();
        try (var sts = software.amazon.awssdk.services.sts.StsClient.builder()
                .endpointOverride(java.net.URI.create(stub.endpoint()))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(session).build()) {
            var failure = assertThrows(software.amazon.awssdk.services.sts.model.StsException.class,
                    sts::getCallerIdentity);
            assertEquals(Reason.EXPIRED, StsFailures.explain("Calling STS", failure).reason());
        }
    }

    @Test
    void userKeysAreSealedAtRestAndOpenOnlyWithTheirKeyFile() throws Exception {
        stub.user("222222222222", "billing-reader", USER_KEYS.accessKeyId(), USER_KEYS.secretAccessKey());
        state.save(userAccount("legacy"));
        provider.saveAccessKeys("legacy", USER_KEYS);

        String sealed = state.sealed.get("legacy");
        assertFalse(sealed.contains(USER_KEYS.secretAccessKey()) || sealed.contains(USER_KEYS.accessKeyId()), sealed);
        Path keyFile = folder.resolve("etc/credentials.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertFalse(Files.readString(keyFile).isBlank());

        assertEquals(new AwsAccountId("222222222222"), provider.verify(userAccount("legacy")).callerAccount());
        assertEquals(USER_KEYS.accessKeyId(), provider.credentialsFor("legacy").resolveCredentials().accessKeyId());
        assertEquals(Optional.of("****************0042"), provider.maskedAccessKeyId("legacy"));

        // a sealed secret moved to another account's row does not open
        state.sealed.put("other", sealed);
        assertThrows(IllegalStateException.class, () -> provider.maskedAccessKeyId("other"));
        // nor with another key file
        Path otherKey = Files.createDirectories(folder.resolve("other")).resolve("credentials.key");
        Files.writeString(otherKey, java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        try (AwsCredentialProvider elsewhere = provider(otherKey)) {
            IllegalStateException wrongKey = assertThrows(IllegalStateException.class,
                    () -> elsewhere.maskedAccessKeyId("legacy"));
            assertTrue(wrongKey.getMessage().contains("not the one they were encrypted with"), wrongKey.getMessage());
        }
    }

    @Test
    void aCorruptOrMissingKeyFileStopsTheIamUserAccountsOnlyAndIsNeverReplaced() throws Exception {
        stub.user("222222222222", "billing-reader", USER_KEYS.accessKeyId(), USER_KEYS.secretAccessKey());
        state.save(userAccount("legacy"));
        provider.saveAccessKeys("legacy", USER_KEYS);
        state.save(roleAccount("prod", ROLE, EXTERNAL_ID));
        Path keyFile = folder.resolve("etc/credentials.key");
        String key = Files.readString(keyFile);
        try (var listing = Files.list(keyFile.getParent())) {
            assertEquals(List.of(keyFile), listing.toList(), "made whole, nothing left beside it");
        }

        Files.writeString(keyFile, "not a key\n");
        try (AwsCredentialProvider corrupt = provider(keyFile)) {
            CredentialsException refused = assertThrows(CredentialsException.class,
                    () -> corrupt.credentialsFor("legacy"));
            assertTrue(refused.getMessage().startsWith("The credentials key file " + keyFile + " is corrupt"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("restore it from your backup"), refused.getMessage());
            assertEquals(Optional.of(ConfigurationErrorCode.ROLE_EXPIRED), refused.configurationError(),
                    "a configuration error of the IAM-user account");
            corrupt.credentialsFor("prod").resolveCredentials();
        }

        Files.delete(keyFile);
        try (AwsCredentialProvider missing = provider(keyFile)) {
            CredentialsException refused = assertThrows(CredentialsException.class,
                    () -> missing.credentialsFor("legacy"));
            assertTrue(refused.getMessage().contains("is missing, yet the IAM-user keys of account(s) legacy were"
                    + " sealed with it: restore it from your backup"), refused.getMessage());
            assertFalse(Files.exists(keyFile), "no new key replaces the one the keys need");
            missing.credentialsFor("prod").resolveCredentials();

            Files.writeString(keyFile, key);
            assertEquals(USER_KEYS.accessKeyId(), missing.credentialsFor("legacy").resolveCredentials()
                    .accessKeyId(), "the restored file opens them, without a restart");
        }
    }

    @Test
    void revokedOrForgottenKeysAreExplained() {
        stub.user("222222222222", "billing-reader", USER_KEYS.accessKeyId(), USER_KEYS.secretAccessKey());
        state.save(userAccount("legacy"));
        provider.saveAccessKeys("legacy", USER_KEYS);
        stub.revoke(USER_KEYS.accessKeyId());
        CredentialsException revoked = assertThrows(CredentialsException.class,
                () -> provider.verify(userAccount("legacy")));
        assertEquals(Reason.EXPIRED, revoked.reason());
        assertFalse(revoked.getMessage().contains(USER_KEYS.secretAccessKey()));

        assertTrue(provider.forget("legacy"));
        assertEquals(Reason.NO_ACCESS_KEYS, assertThrows(CredentialsException.class,
                () -> provider.credentialsFor("legacy")).reason());
    }

    @Test
    void ownAccountComesFromStsUnlessConfigured() {
        assertEquals(new AwsAccountId(OURS), provider.ownAccountId());
        try (AwsCredentialProvider configured = new AwsCredentialProvider(state, state, state,
                folder.resolve("etc/credentials.key"), StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("TESTUNKNOWNKEY000000", "x")), "123456789012", stub.endpoint(),
                "us-east-1", Duration.ofHours(1))) {
            assertEquals(new AwsAccountId("123456789012"), configured.ownAccountId());
            CredentialsException unknown = assertThrows(CredentialsException.class,
                    () -> configured.verify(roleAccount("prod", ROLE, EXTERNAL_ID)));
            assertEquals(Reason.EXPIRED, unknown.reason());
        }
    }

    private static AwsAccount roleAccount(String id, String roleArn, ExternalId externalId) {
        return new AwsAccount(id, "Production", new AwsAccountId(roleArn.split(":")[4]), AccessType.ROLE,
                Optional.of(roleArn), Optional.of(externalId), AccountType.PAYER, export());
    }

    private static AwsAccount userAccount(String id) {
        return new AwsAccount(id, "Legacy", new AwsAccountId("222222222222"), AccessType.USER, Optional.empty(),
                Optional.empty(), AccountType.LINKED, export());
    }

    private static ExportDefinition export() {
        return new ExportDefinition(ExportType.CUR2, "costs", ExportFormat.PARQUET,
                new S3Location("bucket", "prefix", "us-east-1"), ExportVersioning.OVERWRITE);
    }
}
