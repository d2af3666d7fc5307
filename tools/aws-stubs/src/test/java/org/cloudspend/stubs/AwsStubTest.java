package org.cloudspend.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** The stub against the real SDK: signatures checked, trust policies and External IDs enforced. */
class AwsStubTest {

    private static final String ROLE = "arn:aws:iam::111111111111:role/cloudspend";
    private final AwsStub stub = start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aRoleIsAssumedOnlyByTheTrustedAccountWithItsExternalId() {
        stub.user("999999999999", "cloudspend", "TESTSTUBOWNKEY000001", "own-secret");
        stub.user("888888888888", "intruder", "TESTSTUBINTRUDER0001", "other-secret");
        stub.role(ROLE, "999999999999", "ExpectedExternalId42");
        try (StsClient own = sts("TESTSTUBOWNKEY000001", "own-secret");
                StsClient intruder = sts("TESTSTUBINTRUDER0001", "other-secret")) {
            AssumeRoleResponse session = own.assumeRole(r -> r.roleArn(ROLE).roleSessionName("t")
                    .externalId("ExpectedExternalId42"));
            assertEquals("arn:aws:sts::111111111111:assumed-role/cloudspend/t", session.assumedRoleUser().arn());
            assertEquals("AccessDenied", code(() -> own.assumeRole(r -> r.roleArn(ROLE).roleSessionName("t"))));
            assertEquals("AccessDenied", code(() -> own.assumeRole(r -> r.roleArn(ROLE).roleSessionName("t")
                    .externalId("AnotherExternalId1"))));
            assertEquals("AccessDenied", code(() -> intruder.assumeRole(r -> r.roleArn(ROLE).roleSessionName("t")
                    .externalId("ExpectedExternalId42"))));
            assertEquals(1, stub.role(ROLE).assumptions());

            var credentials = session.credentials();
            try (StsClient asRole = StsClient.builder().endpointOverride(URI.create(stub.endpoint()))
                    .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken())))
                    .build()) {
                assertEquals("111111111111", asRole.getCallerIdentity().account());
                stub.expireSessions();
                assertEquals("ExpiredToken", code(asRole::getCallerIdentity));
            }
        }
    }

    @Test
    void aWrongSecretOrARevokedKeyIsRefused() {
        stub.user("999999999999", "cloudspend", "TESTSTUBOWNKEY000001", "own-secret");
        try (StsClient wrong = sts("TESTSTUBOWNKEY000001", "not-the-secret");
                StsClient right = sts("TESTSTUBOWNKEY000001", "own-secret")) {
            assertEquals("SignatureDoesNotMatch", code(wrong::getCallerIdentity));
            assertEquals("999999999999", right.getCallerIdentity().account());
            stub.revoke("TESTSTUBOWNKEY000001");
            assertEquals("InvalidClientTokenId", code(right::getCallerIdentity));
        }
    }

    private StsClient sts(String keyId, String secret) {
        return StsClient.builder().endpointOverride(URI.create(stub.endpoint())).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
                .build();
    }

    private static String code(Runnable call) {
        return assertThrows(StsException.class, call::run).awsErrorDetails().errorCode();
    }

    private static AwsStub start() {
        try {
            return AwsStub.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
