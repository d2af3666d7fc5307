package org.cloudspend.accounts.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.credentials.internal.AwsCredentialProvider;
import org.cloudspend.store.internal.StandaloneStore;
import org.cloudspend.stubs.AwsStub;
import org.cloudspend.stubs.BillingAccount;
import org.cloudspend.stubs.Role;
import org.cloudspend.stubs.S3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A payer account in the AWS stubs (a role trusting cloudspend, a CUR 2.0 export, an organization of three accounts)
 * and its export bucket in S3Proxy, wired to the real store and credential provider.
 */
final class IntegrationFixture implements AutoCloseable {

    static final String OURS = "999999999999";
    static final String PAYER = "111111111111";
    static final String ROLE = "arn:aws:iam::" + PAYER + ":role/cloudspend-billing-reader";
    static final String OWN_KEY_ID = "TESTOWNIDENTITY00001";
    static final String OWN_SECRET = "test-own-secret-value";
    static final String S3_KEY_ID = "TESTS3READER00000001";
    static final String S3_SECRET = "test-s3-reader-secret-value";
    static final String BUCKET = "payer-billing";

    final AwsStub aws;
    final S3Server s3;
    final StandaloneStore store;
    final AwsCredentialProvider credentials;
    final AccountIntegration integration;
    final Role role;

    IntegrationFixture(Path folder, boolean allowNewIamUserAccess) throws Exception {
        aws = AwsStub.start();
        s3 = S3Server.start(S3_KEY_ID, S3_SECRET);
        aws.user(OURS, "cloudspend", OWN_KEY_ID, OWN_SECRET);
        role = aws.role(ROLE, OURS, "not-yet-known").s3Access(S3_KEY_ID, S3_SECRET);
        aws.account(PAYER)
                .export(new BillingAccount.Export("focus", "FOCUS_1_0_AWS", BUCKET, "focus", "us-east-1", "PARQUET",
                        "PARQUET", "OVERWRITE_REPORT", "HEALTHY"))
                .export(new BillingAccount.Export("daily-costs", "COST_AND_USAGE_REPORT", BUCKET, "cur2", "us-east-1",
                        "PARQUET", "PARQUET", "OVERWRITE_REPORT", "HEALTHY"))
                .export(new BillingAccount.Export("hourly", "COST_AND_USAGE_REPORT", BUCKET, "hourly", "us-east-1",
                        "TEXT_OR_CSV", "GZIP", "CREATE_NEW_REPORT", "HEALTHY"))
                .organization(PAYER, List.of(new BillingAccount.Member(PAYER, "Payer", "ACTIVE"),
                        new BillingAccount.Member("222222222222", "Shop", "ACTIVE"),
                        new BillingAccount.Member("333333333333", "Analytics", "SUSPENDED")));
        s3.bucket(BUCKET).put(BUCKET, "cur2/daily-costs/metadata/BILLING_PERIOD=2026-11/daily-costs-Manifest.json",
                "{}".getBytes());
        store = StandaloneStore.duckDb(folder.resolve("cloudspend.duckdb"));
        credentials = new AwsCredentialProvider(store.accounts(), store.secrets(), store.errors(),
                folder.resolve("etc/credentials.key"),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(OWN_KEY_ID, OWN_SECRET)), "",
                aws.endpoint(), "us-east-1", Duration.ofHours(1));
        integration = new AccountIntegration(store.accounts(), store.accounts(), store.errors(), credentials,
                AwsEndpoints.stub(aws.endpoint(), s3.endpoint()), allowNewIamUserAccess);
    }

    /** The payer as an operator would add it: name, role, External ID and the export name (location as guessed). */
    static AwsAccount payer(ExternalId externalId, String exportName) {
        return new AwsAccount("payer", "Payer", new AwsAccountId(PAYER), AccessType.ROLE, Optional.of(ROLE),
                Optional.of(externalId), AccountType.PAYER, new ExportDefinition(ExportType.CUR2, exportName,
                        ExportFormat.CSV_GZIP, new S3Location(BUCKET, "", "us-east-1"), ExportVersioning.CREATE_NEW));
    }

    @Override
    public void close() throws Exception {
        integration.close();
        credentials.close();
        store.close();
        s3.close();
        aws.close();
    }
}
