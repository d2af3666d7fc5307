package org.cloudspend.itests;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * A signed AWS SDK call made from inside Karaf. A class of its own: the test class must load (and verify) before the
 * SDK's bundles are installed, this one only once they are.
 */
final class SdkCall {

    private SdkCall() {
    }

    /** STS GetCallerIdentity: the account and ARN the stub answers with. */
    static List<String> callerIdentity(String endpoint) {
        try (StsClient sts = StsClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("itest-access-key-id", "itest-secret-access-key")))
                .build()) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();
            return List.of(identity.account(), identity.arn());
        }
    }
}
