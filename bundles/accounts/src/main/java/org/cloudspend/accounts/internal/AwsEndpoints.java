package org.cloudspend.accounts.internal;

import java.net.URI;
import java.util.Optional;

/** Where validation sends its calls: AWS's public endpoints unless configured otherwise. */
record AwsEndpoints(String billingRegion, URI dataExports, URI cur, URI organizations, Optional<URI> s3,
        boolean s3PathStyle) {

    static AwsEndpoints of(AccountsConfig config) {
        String region = config.billing_api_region().trim();
        return new AwsEndpoints(region,
                or(config.data_exports_endpoint(), "https://bcm-data-exports." + region + ".api.aws"),
                or(config.cur_endpoint(), "https://cur." + region + ".amazonaws.com"),
                or(config.organizations_endpoint(), "https://organizations." + region + ".amazonaws.com"),
                config.s3_endpoint().isBlank() ? Optional.empty() : Optional.of(URI.create(config.s3_endpoint().trim())),
                config.s3_path_style());
    }

    /** Every API at one endpoint (a stub), S3 at another. */
    static AwsEndpoints stub(String apis, String s3) {
        URI uri = URI.create(apis);
        return new AwsEndpoints("us-east-1", uri, uri, uri, Optional.of(URI.create(s3)), true);
    }

    private static URI or(String configured, String standard) {
        return URI.create(configured.isBlank() ? standard : configured.trim());
    }
}
