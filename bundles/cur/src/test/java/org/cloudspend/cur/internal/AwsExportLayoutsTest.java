package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.ExportLayouts.FoundExport;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.PeriodManifest;
import org.junit.jupiter.api.Test;

class AwsExportLayoutsTest {

    private final AwsExportLayouts layouts = new AwsExportLayouts();

    @Test
    void legacyCsvPrefersThePeriodCopyThatAwsRewritesWithEveryDelivery() {
        List<ExportObject> listing = shuffled(
                object("cur/daily/20240101-20240201/daily-Manifest.json", 10),
                object("cur/daily/20240101-20240201/aaaa/daily-Manifest.json", 30),
                object("cur/daily/20240101-20240201/aaaa/daily-1.csv.gz", 30),
                object("cur/daily/20240201-20240301/bbbb/daily-Manifest.json", 5),
                object("cur/daily/20240201-20240301/cccc/daily-Manifest.json", 7),
                object("cur/other/20240101-20240201/other-Manifest.json", 99));
        assertEquals(List.of(
                        new PeriodManifest(BillingPeriod.of(2024, 1),
                                object("cur/daily/20240101-20240201/daily-Manifest.json", 10)),
                        new PeriodManifest(BillingPeriod.of(2024, 2),
                                object("cur/daily/20240201-20240301/cccc/daily-Manifest.json", 7))),
                layouts.newestManifests(ExportType.LEGACY, "daily", "/cur/", listing));
    }

    @Test
    void legacyParquetUsesYearAndMonthFolders() {
        List<ExportObject> listing = List.of(
                object("p/athena/athena/year=2023/month=12/athena-Manifest.json", 1),
                object("p/athena/athena/year=2024/month=01/athena-Manifest.json", 2),
                object("p/athena/athena/year=2024/month=01/athena-00001.snappy.parquet", 2),
                object("p/athena/cost_and_usage_data_status/cost_and_usage_data_status.parquet", 2));
        assertEquals(List.of(BillingPeriod.of(2023, 12), BillingPeriod.of(2024, 1)),
                layouts.newestManifests(ExportType.LEGACY, "athena", "p", listing).stream()
                        .map(PeriodManifest::period).toList());
    }

    @Test
    void cur2TakesTheNewestExecutionOfEachPeriod() {
        List<ExportObject> listing = shuffled(
                object("costs/metadata/BILLING_PERIOD=2024-01/costs-Manifest.json", 1),
                object("costs/data/BILLING_PERIOD=2024-01/costs-00001.csv.gz", 1),
                object("costs/metadata/BILLING_PERIOD=2024-02/20240301T0100Z-e1/costs-Manifest.json", 5),
                object("costs/metadata/BILLING_PERIOD=2024-02/20240302T0100Z-e2/costs-Manifest.json", 9));
        assertEquals(List.of(
                        new PeriodManifest(BillingPeriod.of(2024, 1),
                                object("costs/metadata/BILLING_PERIOD=2024-01/costs-Manifest.json", 1)),
                        new PeriodManifest(BillingPeriod.of(2024, 2),
                                object("costs/metadata/BILLING_PERIOD=2024-02/20240302T0100Z-e2/costs-Manifest.json", 9))),
                layouts.newestManifests(ExportType.CUR2, "costs", "", listing));
    }

    @Test
    void anotherPrefixOrFamilyIsAnotherExport() {
        List<ExportObject> listing = List.of(object("a/costs/metadata/BILLING_PERIOD=2024-01/costs-Manifest.json", 1));
        assertEquals(List.of(), layouts.newestManifests(ExportType.CUR2, "costs", "b", listing));
        assertEquals(List.of(), layouts.newestManifests(ExportType.LEGACY, "costs", "a", listing));
        assertEquals(1, layouts.newestManifests(ExportType.CUR2, "costs", "a/", listing).size());
    }

    @Test
    void findsTheExportsOfAFolder() {
        List<ExportObject> listing = List.of(
                object("x/costs/metadata/BILLING_PERIOD=2024-01/costs-Manifest.json", 1),
                object("daily/20240101-20240201/daily-Manifest.json", 1),
                object("daily/20240101-20240201/aaaa/daily-Manifest.json", 1),
                object("p/athena/athena/year=2024/month=1/athena-Manifest.json", 1),
                object("notes/readme-Manifest.json", 1));
        assertEquals(List.of(
                        new FoundExport(ExportType.LEGACY, "daily", ""),
                        new FoundExport(ExportType.LEGACY, "athena", "p"),
                        new FoundExport(ExportType.CUR2, "costs", "x")),
                layouts.findExports(listing));
    }

    private static ExportObject object(String key, long minute) {
        return new ExportObject(key, Instant.parse("2024-03-01T00:00:00Z").plusSeconds(minute * 60), 100);
    }

    private static List<ExportObject> shuffled(ExportObject... objects) {
        List<ExportObject> list = new ArrayList<>(List.of(objects));
        Collections.reverse(list);
        return list;
    }
}
