package org.cloudspend.accounts.internal;

import org.cloudspend.api.account.S3Location;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/** Lists one key under the export's prefix: proves the bucket exists, is in its region, and the prefix is readable. */
final class BucketCheck {

    private final SdkHttpClient http;
    private final AwsEndpoints endpoints;

    BucketCheck(SdkHttpClient http, AwsEndpoints endpoints) {
        this.http = http;
        this.endpoints = endpoints;
    }

    /** How many keys (0 or 1) are under the prefix; throws the SDK's S3Exception when S3 refuses. */
    int keysUnderPrefix(AwsCredentialsProvider credentials, S3Location location) {
        try (S3Client s3 = client(credentials, location)) {
            ListObjectsV2Response listing = s3.listObjectsV2(r -> r.bucket(location.bucket())
                    .prefix(location.keyPrefix()).maxKeys(1));
            return listing.keyCount() == null ? listing.contents().size() : listing.keyCount();
        }
    }

    private S3Client client(AwsCredentialsProvider credentials, S3Location location) {
        var builder = S3Client.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(location.region() == null || location.region().isBlank() ? "us-east-1"
                        : location.region()))
                .forcePathStyle(endpoints.s3PathStyle());
        endpoints.s3().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
