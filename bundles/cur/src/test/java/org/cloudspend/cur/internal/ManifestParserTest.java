package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportType;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

    @Test
    void readsALegacyCsvManifest() throws Exception {
        ExportManifest manifest = parse(ExportType.LEGACY, """
                {"assemblyId":"8d4b2f3c-0000-4000-8000-000000000001","account":"111111111111",
                 "columns":[{"category":"identity","name":"LineItemId","type":"String"},
                            {"category":"lineItem","name":"UnblendedCost","type":"BigDecimal"}],
                 "charset":"UTF-8","compression":"GZIP","contentType":"text/csv","reportId":"abc",
                 "reportName":"daily","billingPeriod":{"start":"20181201T000000.000Z","end":"20190101T000000.000Z"},
                 "bucket":"billing","reportKeys":["cur/daily/20181201-20190101/8d4b/daily-1.csv.gz",
                 "cur/daily/20181201-20190101/8d4b/daily-2.csv.gz"],"additionalArtifactKeys":[]}
                """);
        assertEquals(new ExportManifest(ExportType.LEGACY, ExportFormat.CSV_GZIP, "daily", BillingPeriod.of(2018, 12),
                "8d4b2f3c-0000-4000-8000-000000000001",
                List.of("cur/daily/20181201-20190101/8d4b/daily-1.csv.gz",
                        "cur/daily/20181201-20190101/8d4b/daily-2.csv.gz"),
                List.of("identity/LineItemId", "lineItem/UnblendedCost")), manifest);
    }

    @Test
    void readsALegacyParquetManifest() throws Exception {
        ExportManifest manifest = parse(ExportType.LEGACY, """
                {"assemblyId":"a1","compression":"Parquet","contentType":"Parquet","reportName":"athena",
                 "billingPeriod":{"start":"20240201T000000.000Z","end":"20240301T000000.000Z"},
                 "reportKeys":["cur/athena/athena/year=2024/month=2/athena-00001.snappy.parquet"]}
                """);
        assertEquals(ExportFormat.PARQUET, manifest.format());
        assertEquals(BillingPeriod.of(2024, 2), manifest.billingPeriod());
    }

    @Test
    void readsCur2ManifestsLeniently() throws Exception {
        ExportManifest manifest = parse(ExportType.CUR2, """
                {"executionId":"exec-42","exportArn":"arn:aws:bcm-data-exports:us-east-1:111111111111:export/costs",
                 "billingPeriod":"2024-01",
                 "dataFiles":[{"key":"p/costs/data/BILLING_PERIOD=2024-01/costs-00001.snappy.parquet"}],
                 "columns":[{"name":"line_item_unblended_cost","type":"double"}]}
                """);
        assertEquals(new ExportManifest(ExportType.CUR2, ExportFormat.PARQUET, "costs", BillingPeriod.of(2024, 1),
                "exec-42", List.of("p/costs/data/BILLING_PERIOD=2024-01/costs-00001.snappy.parquet"),
                List.of("line_item_unblended_cost")), manifest);

        ExportManifest csv = parse(ExportType.CUR2, """
                {"executionId":"e1","exportName":"costs","billingPeriod":{"start":"2024-02-01T00:00:00Z"},
                 "dataFiles":["p/costs/data/BILLING_PERIOD=2024-02/costs-00001.csv.gz"]}
                """);
        assertEquals(ExportFormat.CSV_GZIP, csv.format());

        // the name without exportName: the ARN's, without the UUID AWS appends
        ExportManifest fromArn = parse(ExportType.CUR2, """
                {"executionId":"e2","billingPeriod":"2024-03","dataFiles":[],
                 "exportArn":"arn:aws:bcm-data-exports:us-east-1:111111111111:export/my-costs-0a1b2c3d-1111-4222-8333-444455556666"}
                """);
        assertEquals("my-costs", fromArn.exportName());
        assertEquals(BillingPeriod.of(2024, 2), csv.billingPeriod());
    }

    @Test
    void whatIsMissingIsNamed() {
        assertEquals("m.json: the manifest has no executionId", assertThrows(ExportReadException.class,
                () -> parse(ExportType.CUR2, "{\"exportName\":\"x\",\"dataFiles\":[],\"billingPeriod\":\"2024-01\"}"))
                .getMessage());
        assertEquals("m.json: the manifest has no reportKeys", assertThrows(ExportReadException.class,
                () -> parse(ExportType.LEGACY, "{\"assemblyId\":\"a\"}")).getMessage());
        assertEquals("m.json: the manifest's billing period is not a month: 'soon'",
                assertThrows(ExportReadException.class, () -> parse(ExportType.CUR2,
                        "{\"executionId\":\"e\",\"exportName\":\"x\",\"dataFiles\":[],\"billingPeriod\":\"soon\"}"))
                        .getMessage());
    }

    @Test
    void aManifestLargerThanTheLimitIsRefusedUnread() {
        String huge = "{\"dataFiles\": [\"" + "x".repeat(2_000) + "\"]}";
        ExportReadException refused = assertThrows(ExportReadException.class, () -> ManifestParser.parse(
                ExportType.CUR2, "big-Manifest.json", new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)),
                1024));
        assertEquals("big-Manifest.json: the manifest is larger than 1 KB (manifest.max.megabytes of"
                + " org.cloudspend.cur): AWS's are a few kilobytes", refused.getMessage());
    }

    @Test
    void brokenJsonIsAClearError() {
        ExportReadException e = assertThrows(ExportReadException.class,
                () -> parse(ExportType.LEGACY, "{\"assemblyId\": \"a\", "));
        assertEquals("m.json", e.file());
        assertEquals(true, e.getMessage().startsWith("m.json: the manifest is not valid JSON"), e.getMessage());
        assertThrows(ExportReadException.class, () -> parse(ExportType.LEGACY, "[1,2]"));
    }

    private static ExportManifest parse(ExportType type, String json) throws ExportReadException {
        return ManifestParser.parse(type, "m.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
