package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.generator.ExpectedTotals;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format, written by the generator, reads back to the generator's totals to the last decimal. */
class RoundTripTest {

    private static final long LINE_ITEMS = 12_000;
    private static final YearMonth PERIOD = YearMonth.of(2024, 5);

    @TempDir
    Path bucket;

    private final CurExportReader reader = new CurExportReader(new AwsTagNormalizer());

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(ExportSpec.Family.LEGACY, false),
                Arguments.of(ExportSpec.Family.LEGACY, true),
                Arguments.of(ExportSpec.Family.CUR2, false),
                Arguments.of(ExportSpec.Family.CUR2, true));
    }

    @ParameterizedTest(name = "{0} parquet={1}")
    @MethodSource("formats")
    void everyFormatReadsBackToTheGeneratedTotals(ExportSpec.Family family, boolean parquet) throws Exception {
        GeneratedExport export = ExportGenerator.generate(ExportSpec.of(family, parquet, PERIOD, LINE_ITEMS, 11), bucket);
        Totals read = readDelivery(family, export);

        ExpectedTotals expected = export.expected();
        assertEquals(expected.overall().rows(), read.rows);
        for (CostMeasure measure : CostMeasure.values()) {
            assertEquals(expected.overall().total(measure.name()), read.total(measure), measure.name());
        }
        expected.byLineItemType().forEach((type, sums) -> {
            for (CostMeasure measure : CostMeasure.values()) {
                assertEquals(sums.total(measure.name()), read.byType(type, measure), type + " " + measure);
            }
        });
        expected.byUsageAccount().forEach((account, sums) ->
                assertEquals(sums.total("UNBLENDED"), read.byAccount(account), account));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportSpec.Family.class)
    void aCsvFileReadAsItArrivesGivesWhatItsCopyGives(ExportSpec.Family family) throws Exception {
        GeneratedExport export = ExportGenerator.generate(ExportSpec.of(family, false, PERIOD, 5_000, 13), bucket);
        ExportType type = family == ExportSpec.Family.LEGACY ? ExportType.LEGACY : ExportType.CUR2;
        Totals fromFile = new Totals();
        Totals fromStream = new Totals();
        for (String key : export.dataFileKeys()) {
            Path file = export.root().resolve(key);
            String name = file.getFileName().toString();
            assertTrue(reader.streams(name), name);
            ReadSummary copy = reader.read(type, file, fromFile);
            try (InputStream in = Files.newInputStream(file)) {
                assertEquals(copy, reader.read(type, name, in, fromStream));
            }
        }
        assertEquals(export.expected().overall().rows(), fromStream.rows);
        assertEquals(fromFile.byTag, fromStream.byTag);
        assertEquals(export.expected().overall().total("UNBLENDED"), fromStream.total(CostMeasure.UNBLENDED));
    }

    @Test
    void parquetIsReadFromAFileNotAStream() {
        assertFalse(reader.streams("costs-00001.snappy.parquet"));
        ExportReadException refused = assertThrows(ExportReadException.class, () -> reader.read(ExportType.CUR2,
                "costs-00001.snappy.parquet", InputStream.nullInputStream(), item -> { }));
        assertTrue(refused.getMessage().contains("a Parquet file is read from a file, not a stream"),
                refused.getMessage());
    }

    /** The same seed in all four formats: the same line items, so every grouping by tag or region agrees. */
    @Test
    void parquetAndCsvAccountsAgreeOnTagsRegionsAndCostCategories() throws Exception {
        Map<String, Totals> byFormat = new TreeMap<>();
        for (ExportSpec.Family family : ExportSpec.Family.values()) {
            for (boolean parquet : new boolean[] {false, true}) {
                Path root = bucket.resolve(family + "-" + parquet);
                ExportSpec spec = ExportSpec.of(family, parquet, PERIOD, 4_000, 29).withNetColumns(true);
                byFormat.put(family + (parquet ? " parquet" : " csv"), readDelivery(family,
                        ExportGenerator.generate(spec, root)));
            }
        }
        Totals reference = byFormat.get("LEGACY csv");
        assertTrue(reference.byTag.keySet().stream().anyMatch(k -> k.startsWith("cost_center=")), reference.byTag.keySet()
                .toString());
        assertTrue(reference.byTag.keySet().stream().anyMatch(k -> k.startsWith("aws_created_by=")));
        byFormat.forEach((format, totals) -> {
            assertEquals(reference.byTag, totals.byTag, format + " tags");
            assertEquals(reference.byRegion, totals.byRegion, format + " regions");
            assertEquals(reference.byCostCategory, totals.byCostCategory, format + " cost categories");
            assertEquals(reference.total(CostMeasure.NET_AMORTIZED), totals.total(CostMeasure.NET_AMORTIZED), format);
        });
    }

    private Totals readDelivery(ExportSpec.Family family, GeneratedExport export) throws Exception {
        ExportType type = family == ExportSpec.Family.LEGACY ? ExportType.LEGACY : ExportType.CUR2;
        ExportManifest manifest;
        try (InputStream in = Files.newInputStream(export.root().resolve(export.manifestKey()))) {
            manifest = reader.readManifest(type, export.manifestKey(), in);
        }
        assertEquals(export.dataFileKeys(), manifest.dataFileKeys());
        assertEquals(export.deliveryId(), manifest.deliveryId());
        // ExportSpec.of names legacy reports "daily" and CUR 2.0 exports "costs" (whose manifests carry only the ARN)
        assertEquals(family == ExportSpec.Family.LEGACY ? "daily" : "costs", manifest.exportName());
        Totals totals = new Totals();
        for (String key : manifest.dataFileKeys()) {
            reader.read(type, export.root().resolve(key), totals);
        }
        return totals;
    }

    /** Independent sums of what the reader delivered, by BigDecimal. */
    private static final class Totals implements org.cloudspend.api.export.LineItemSink {
        long rows;
        final Map<CostMeasure, BigDecimal> overall = new EnumMap<>(CostMeasure.class);
        final Map<String, BigDecimal> byType = new HashMap<>();
        final Map<String, BigDecimal> byAccount = new HashMap<>();
        final Map<String, BigDecimal> byTag = new TreeMap<>();
        final Map<String, BigDecimal> byRegion = new TreeMap<>();
        final Map<String, BigDecimal> byCostCategory = new TreeMap<>();

        @Override
        public void accept(LineItem item) {
            rows++;
            for (CostMeasure measure : CostMeasure.values()) {
                overall.merge(measure, item.cost(measure), BigDecimal::add);
                byType.merge(item.lineItemType() + "/" + measure, item.cost(measure), BigDecimal::add);
            }
            BigDecimal unblended = item.cost(CostMeasure.UNBLENDED);
            byAccount.merge(item.usageAccountId(), unblended, BigDecimal::add);
            item.tags().forEach((key, value) -> byTag.merge(key + "=" + value, unblended, BigDecimal::add));
            byRegion.merge(item.region(), unblended, BigDecimal::add);
            item.costCategories().forEach((k, v) -> byCostCategory.merge(k + "=" + v, unblended, BigDecimal::add));
        }

        BigDecimal total(CostMeasure measure) {
            return overall.getOrDefault(measure, BigDecimal.ZERO).setScale(Money.SCALE);
        }

        BigDecimal byType(String type, CostMeasure measure) {
            return byType.getOrDefault(type + "/" + measure, BigDecimal.ZERO).setScale(Money.SCALE);
        }

        BigDecimal byAccount(String account) {
            return byAccount.getOrDefault(account, BigDecimal.ZERO).setScale(Money.SCALE);
        }
    }
}
