package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.credentials.internal.AwsCredentialProvider;
import org.cloudspend.cur.internal.AwsExportLayouts;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.store.internal.StandaloneStore;
import org.cloudspend.stubs.AwsStub;
import org.cloudspend.stubs.Role;
import org.cloudspend.stubs.S3Server;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An account whose role (in the AWS stubs) may read its export bucket (in S3Proxy), the real store, readers and
 * credential provider, and the ingest component over them. Exports come from the generator, uploaded as AWS would.
 */
final class IngestFixture implements AutoCloseable {

    static final String OURS = "999999999999";
    /** The generator's payer: the payer account's export holds its line items. */
    static final String PAYER = ExportSpec.DEFAULT_PAYER;
    static final String ROLE = "arn:aws:iam::" + PAYER + ":role/cloudspend-billing-reader";
    static final ExternalId EXTERNAL_ID = new ExternalId("IngestTestExternalId0123456789ab");
    static final String S3_KEY_ID = "TESTS3READER00000001";
    static final String S3_SECRET = "test-s3-reader-secret-value";
    static final String BUCKET = "payer-billing";

    final Path folder;
    final AwsStub aws;
    final S3Server s3;
    final Role role;
    final StandaloneStore store;
    final AwsCredentialProvider credentials;
    final CamelIngest ingest;

    IngestFixture(Path folder, Duration accountSync, Duration firstCheckDelay) throws Exception {
        this.folder = folder;
        aws = AwsStub.start();
        s3 = S3Server.start(S3_KEY_ID, S3_SECRET).bucket(BUCKET);
        aws.user(OURS, "cloudspend", "TESTOWNIDENTITY00001", "test-own-secret-value");
        role = aws.role(ROLE, OURS, EXTERNAL_ID.value()).s3Access(S3_KEY_ID, S3_SECRET);
        store = StandaloneStore.duckDb(folder.resolve("cloudspend.duckdb"));
        credentials = new AwsCredentialProvider(store.accounts(), store.secrets(), store.errors(),
                folder.resolve("etc/credentials.key"),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("TESTOWNIDENTITY00001",
                        "test-own-secret-value")), "", aws.endpoint(), "us-east-1", Duration.ofHours(1));
        ingest = new CamelIngest(store.accounts(), credentials, new CurExportReader(new AwsTagNormalizer()),
                new AwsExportLayouts(), store.costs(), store.errors(), new CamelIngest.Settings(Duration.ofHours(1), Map.of(),
                        firstCheckDelay, accountSync, 2, Duration.ofDays(3), 3, Duration.ofMillis(10),
                        Optional.of(java.net.URI.create(s3.endpoint())), true, folder.resolve("work"),
                        folder.resolve("routes"), Duration.ofMillis(200),
                        Map.of("summary.endpoint", "seda:summaries")));
    }

    /** Integrates the payer with its export (as the accounts bundle stores it after validation). */
    AwsAccount payer(ExportType type, ExportFormat format, String exportName) {
        AwsAccount account = new AwsAccount("payer", "Payer", new AwsAccountId(PAYER), AccessType.ROLE,
                Optional.of(ROLE), Optional.of(EXTERNAL_ID), AccountType.PAYER, new ExportDefinition(type, exportName,
                        format, new S3Location(BUCKET, "exports", "us-east-1"), ExportVersioning.defaultFor(type)));
        store.accounts().save(account);
        return account;
    }

    /** Writes a delivery with the generator and uploads it, as AWS delivers: data files first, the manifest last. */
    GeneratedExport deliver(ExportSpec spec) throws IOException {
        Path root = Files.createTempDirectory(folder, "delivery-");
        GeneratedExport generated = ExportGenerator.generate(spec, root);
        for (String key : generated.dataFileKeys()) {
            s3.put(BUCKET, key, Files.readAllBytes(root.resolve(key)));
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (!key.startsWith("expected-totals") && !generated.dataFileKeys().contains(key)) {
                    s3.put(BUCKET, key, Files.readAllBytes(file));
                }
            }
        }
        return generated;
    }

    /** The store's total of a measure over everything loaded, asked as a cost question. */
    BigDecimal total(CostMeasure measure) {
        return store.queries().query(new CostQuery(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), Granularity.TOTAL,
                List.of(), List.of(), measure, 0)).total();
    }

    @Override
    public void close() throws Exception {
        ingest.close();
        credentials.close();
        store.close();
        s3.close();
        aws.close();
    }
}
