package org.cloudspend.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportGeneratorTest {

    @TempDir
    Path bucket;

    @Test
    void theSameSeedWritesTheSameExport() throws Exception {
        ExportSpec spec = ExportSpec.of(ExportSpec.Family.LEGACY, false, YearMonth.of(2024, 1), 2_000, 7);
        GeneratedExport first = ExportGenerator.generate(spec, bucket.resolve("a"));
        GeneratedExport second = ExportGenerator.generate(spec, bucket.resolve("b"));
        assertEquals(first.dataFileKeys(), second.dataFileKeys());
        for (String key : first.dataFileKeys()) {
            assertArrayEquals(Files.readAllBytes(first.root().resolve(key)), Files.readAllBytes(second.root().resolve(key)));
        }
        assertEquals(first.expected().overall().total("UNBLENDED"), second.expected().overall().total("UNBLENDED"));
    }

    @Test
    void writesEveryLineItemTypeAndConsistentTotals() throws Exception {
        GeneratedExport export = ExportGenerator.generate(
                ExportSpec.of(ExportSpec.Family.CUR2, false, YearMonth.of(2024, 2), 5_000, 3), bucket);
        ExpectedTotals expected = export.expected();
        assertEquals(5_000, expected.overall().rows());
        assertTrue(expected.byLineItemType().keySet().containsAll(Set.of("Usage", "DiscountedUsage",
                "SavingsPlanCoveredUsage", "SavingsPlanNegation", "SavingsPlanRecurringFee", "SavingsPlanUpfrontFee",
                "RIFee", "Fee", "Tax", "Credit", "Refund", "BundledDiscount")), expected.byLineItemType().keySet()
                .toString());
        assertEquals(expected.byLineItemType().get("SavingsPlanCoveredUsage").rows(),
                expected.byLineItemType().get("SavingsPlanNegation").rows(), "every covered usage has its negation");
        for (String measure : ExpectedTotals.MEASURES) {
            BigDecimal byType = expected.byLineItemType().values().stream().map(s -> s.total(measure))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(expected.overall().total(measure), byType, measure);
        }
        assertEquals(3, export.dataFileKeys().size());
        assertEquals("exports/costs/metadata/BILLING_PERIOD=2024-02/costs-Manifest.json", export.manifestKey());
        assertTrue(Files.exists(bucket.resolve("expected-totals/costs/2024-02.json")));
    }

    @Test
    void aLinkedAccountsOwnExportHoldsOnlyItsUsageUnderItsPayer() throws Exception {
        ExportSpec payers = ExportSpec.of(ExportSpec.Family.LEGACY, false, YearMonth.of(2024, 4), 1_000, 9)
                .withPayer("520000000001");
        GeneratedExport payer = ExportGenerator.generate(payers, bucket.resolve("payer"));
        // the payer's own usage and its linked accounts'
        assertEquals(Set.of("520000000001", "100000111111", "100000222222", "100000333333", "100000444444"),
                payer.expected().byUsageAccount().keySet());
        GeneratedExport linked = ExportGenerator.generate(payers.ofLinkedAccount("100000111111"),
                bucket.resolve("linked"));
        assertEquals(Set.of("100000111111"), linked.expected().byUsageAccount().keySet());
        String manifest = Files.readString(linked.root().resolve(linked.manifestKey()));
        assertTrue(manifest.contains("\"account\": \"100000111111\""), manifest);
    }

    @Test
    void aRealShapedMonthIsResourcesRunningHourByHour() {
        ExportSpec spec = ExportSpec.of(ExportSpec.Family.CUR2, false, YearMonth.of(2024, 2), 200_000, 11)
                .withShape(ExportSpec.Shape.REAL);
        List<GeneratedLine> lines = new ArrayList<>();
        new LineItemFactory(spec).generate(lines::add);
        assertEquals(200_000, lines.size());

        Map<String, Map<String, String>> tagsByResource = new HashMap<>();
        Set<String> facts = new HashSet<>();
        Set<Long> hours = new HashSet<>();
        long usage = 0;
        for (GeneratedLine line : lines) {
            facts.add(line.usageStartSecond() / 86_400 + " " + line.usageAccountId() + " " + line.service().productCode()
                    + " " + line.usageType() + " " + line.lineItemType() + " " + line.resourceId() + " "
                    + line.tags());
            if (!line.resourceId().isEmpty()) {
                usage++;
                hours.add(line.usageStartSecond());
                Map<String, String> before = tagsByResource.putIfAbsent(line.resourceId(), line.tags());
                assertTrue(before == null || before.equals(line.tags()), "a resource's tags never change");
            }
        }
        assertEquals(29 * 24, hours.size(), "every hour of the month has usage");
        assertTrue(usage >= 190_000, "fees, tax, credits and refunds are 3 % of the lines: " + usage);
        double linesPerFact = (double) lines.size() / facts.size();
        assertTrue(linesPerFact > 10, "most resources run all day, a fact of 24 line items: " + linesPerFact);
        assertTrue(tagsByResource.size() > 200, "a population of resources: " + tagsByResource.size());
        Set<String> types = new HashSet<>();
        lines.forEach(line -> types.add(line.lineItemType()));
        assertEquals(Set.of("Usage", "SavingsPlanCoveredUsage", "SavingsPlanNegation", "DiscountedUsage",
                "SavingsPlanRecurringFee", "SavingsPlanUpfrontFee", "RIFee", "Fee", "Tax", "Credit", "Refund",
                "BundledDiscount"), types);

        List<GeneratedLine> scattered = new ArrayList<>();
        new LineItemFactory(spec.withShape(ExportSpec.Shape.SCATTERED)).generate(scattered::add);
        Set<String> scatteredFacts = new HashSet<>();
        scattered.forEach(line -> scatteredFacts.add(line.usageStartSecond() / 86_400 + " " + line.resourceId()
                + " " + line.usageType() + " " + line.lineItemType()));
        assertTrue((double) scattered.size() / scatteredFacts.size() < 2, "the scattered month barely folds");
    }

    @Test
    void writesParquetThroughDuckDb() throws Exception {
        GeneratedExport export = ExportGenerator.generate(
                ExportSpec.of(ExportSpec.Family.LEGACY, true, YearMonth.of(2024, 3), 300, 5), bucket);
        assertEquals("exports/daily/daily/year=2024/month=3/daily-00001.snappy.parquet", export.dataFileKeys().get(0));
        byte[] bytes = Files.readAllBytes(bucket.resolve(export.dataFileKeys().get(0)));
        assertEquals("PAR1", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void moneyTextIsExact() {
        assertEquals("0", Text.money(0));
        assertEquals("-12.5", Text.money(-125_000_000_000L));
        assertEquals("0.0000000001", Text.money(1));
        assertEquals("1.0000000001", Text.money(10_000_000_001L));
    }

    @Test
    void awsColumnNameRule() {
        assertEquals("line_item_unblended_cost", ColumnNames.snake("lineItem/UnblendedCost"));
        assertEquals("reservation_reservation_a_r_n", ColumnNames.snake("reservation/ReservationARN"));
        assertEquals("resource_tags_user_cost_center", ColumnNames.snake("resourceTags/user:cost-center"));
    }
}
