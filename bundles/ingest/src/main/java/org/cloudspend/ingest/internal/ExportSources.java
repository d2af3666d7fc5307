package org.cloudspend.ingest.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.credentials.CredentialProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Opens an account's export where it is: its S3 bucket, reached with the account's credentials, or the local folder
 * that holds a copy of the bucket.
 */
final class ExportSources {

    private final CredentialProvider credentials;
    private final SdkHttpClient http;
    private final Optional<URI> s3Endpoint;
    private final boolean pathStyle;
    private final int downloadAttempts;
    private final Duration firstRetryPause;

    ExportSources(CredentialProvider credentials, SdkHttpClient http, Optional<URI> s3Endpoint, boolean pathStyle,
            int downloadAttempts, Duration firstRetryPause) {
        this.credentials = credentials;
        this.http = http;
        this.s3Endpoint = s3Endpoint;
        this.pathStyle = pathStyle;
        this.downloadAttempts = downloadAttempts;
        this.firstRetryPause = firstRetryPause;
    }

    ExportSource open(AwsAccount account) {
        var location = account.export().location();
        if (account.accessType() == AccessType.LOCAL) {
            return new LocalExportSource(location.localFolder(), location.prefix());
        }
        var builder = S3Client.builder().httpClient(http)
                .credentialsProvider(credentials.credentialsFor(account.id()))
                .region(Region.of(location.region() == null || location.region().isBlank() ? "us-east-1"
                        : location.region()))
                .forcePathStyle(pathStyle);
        s3Endpoint.ifPresent(builder::endpointOverride);
        return new S3ExportSource(builder.build(), location.bucket(), location.keyPrefix(), downloadAttempts,
                firstRetryPause);
    }
}
