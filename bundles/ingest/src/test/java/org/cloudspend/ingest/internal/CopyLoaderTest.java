package org.cloudspend.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.ingest.CopyLoad;
import org.cloudspend.cur.internal.AwsExportLayouts;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.store.internal.StandaloneStore;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local copy of export files, loaded from any level of it through an account route's own steps. */
class CopyLoaderTest {

    @TempDir
    Path folder;

    private StandaloneStore store;
    private CopyLoader copies;

    @BeforeEach
    void open() throws Exception {
        store = StandaloneStore.duckDb(folder.resolve("cloudspend.duckdb"));
        CurExportReader reader = new CurExportReader(new AwsTagNormalizer());
        AwsExportLayouts layouts = new AwsExportLayouts();
        copies = new CopyLoader(layouts, new DeliveryFinder(layouts, reader),
                new DeliveryLoader(store.costs(), reader, new ProgressBoard(), 2), store.accounts(),
                folder.resolve("work"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void aCopyMadeWithAwsS3SyncLoadsFromTheExportsFolderWithItsS3Uris() throws Exception {
        Path bucket = folder.resolve("bucket");
        GeneratedExport month = ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, true,
                YearMonth.of(2025, 4), 2_000, 7).withName("costs").withPrefix("exports"), bucket);
        // AWS's CUR 2.0 manifests list their data files as s3:// URIs of the bucket they were delivered to
        Path manifest = bucket.resolve(month.manifestKey());
        String json = Files.readString(manifest);
        for (String key : month.dataFileKeys()) {
            json = json.replace("\"" + key + "\"", "\"s3://customer-billing-bucket/" + key + "\"");
        }
        Files.writeString(manifest, json);

        List<CopyLoad> told = new ArrayList<>();
        List<CopyLoad> outcomes = copies.load(bucket.resolve("exports/costs"), "", told::add);
        assertEquals(outcomes, told, "each period is told as it ends");
        assertEquals(1, outcomes.size());
        LoadRecord record = outcomes.get(0).loaded().orElseThrow(() -> new AssertionError(outcomes));
        assertEquals("costs", record.claim().exportId());
        assertEquals(0, month.expected().overall().total("UNBLENDED").compareTo(total()));

        List<CopyLoad> again = copies.load(manifest, "", outcome -> { });
        assertTrue(again.get(0).loadedBefore(), "the same delivery, pointed at by its manifest: loaded before");
    }

    @Test
    void everyLevelOfALegacyCopyFindsItsDelivery() throws Exception {
        Path bucket = folder.resolve("bucket");
        GeneratedExport march = ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.LEGACY, false,
                YearMonth.of(2025, 3), 1_000, 11).withName("hourly").withPrefix("cur/legacy"), bucket);
        Path manifest = bucket.resolve(march.manifestKey());
        Path reportFolder = bucket.resolve("cur/legacy/hourly");
        Path periodFolder = manifest.getParent();
        Path dataFile = bucket.resolve(march.dataFileKeys().get(0));
        List<Path> levels = List.of(bucket, bucket.resolve("cur"), reportFolder, periodFolder, manifest, dataFile);
        for (int i = 0; i < levels.size(); i++) {
            List<CopyLoad> outcomes = copies.load(levels.get(i), "level-" + i, outcome -> { });
            assertEquals(1, outcomes.size(), levels.get(i).toString());
            assertTrue(outcomes.get(0).loaded().isPresent(), levels.get(i) + ": " + outcomes);
        }
        assertEquals(0, march.expected().overall().total("UNBLENDED").multiply(BigDecimal.valueOf(levels.size()))
                .compareTo(total()), "each level loaded the month once, under its own name");
    }

    @Test
    void aManifestCannotLeadOutsideTheCopyNorAFolderWithoutExportsLoadAnything() throws Exception {
        Path bucket = folder.resolve("bucket");
        GeneratedExport month = ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, false,
                YearMonth.of(2025, 4), 500, 3).withName("costs"), bucket);
        Path secret = folder.resolve("secret.csv.gz");
        Files.copy(bucket.resolve(month.dataFileKeys().get(0)), secret);
        Path manifest = bucket.resolve(month.manifestKey());
        String json = Files.readString(manifest).replace("\"" + month.dataFileKeys().get(0) + "\"",
                "\"../../../secret.csv.gz\"");
        Files.writeString(manifest, json);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> copies.load(bucket, "", outcome -> { }));
        assertTrue(refused.getMessage().contains("the manifest lists ../../../secret.csv.gz, which is not in "),
                refused.getMessage());
        assertEquals(0, total().signum(), "nothing was loaded");

        Path empty = Files.createDirectories(folder.resolve("nothing-here"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> copies.load(empty, "", outcome -> { }))
                .getMessage().startsWith("No export manifest under " + empty));
    }

    @Test
    void aCopyIsNeverLoadedUnderAnAccountsName() throws Exception {
        Path bucket = folder.resolve("bucket");
        ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, false, YearMonth.of(2025, 4), 100, 5)
                .withName("costs"), bucket);
        store.accounts().save(new AwsAccount("payer", "Payer", new AwsAccountId("111111111111"), AccessType.LOCAL,
                Optional.empty(), Optional.empty(), AccountType.PAYER, new ExportDefinition(ExportType.CUR2, "costs",
                        ExportFormat.CSV_GZIP, new S3Location(folder.resolve("elsewhere").toString(), "", ""),
                        ExportVersioning.OVERWRITE)));
        assertEquals("'payer' is an account: its route loads its own export. Load the copy under another name with"
                + " --export-id", assertThrows(IllegalArgumentException.class,
                        () -> copies.load(bucket, "payer", outcome -> { })).getMessage());
    }

    private BigDecimal total() {
        return store.queries().query(new CostQuery(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
                Granularity.TOTAL, List.of(), List.of(), CostMeasure.UNBLENDED, 0)).total();
    }
}
