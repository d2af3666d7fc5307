package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportFileReaderTest {

    private static final String LEGACY_HEADER = String.join(",",
            "identity/LineItemId", "bill/PayerAccountId", "bill/BillingPeriodStartDate", "lineItem/UsageAccountId",
            "lineItem/LineItemType", "lineItem/UsageStartDate", "lineItem/UsageEndDate", "lineItem/ProductCode",
            "lineItem/UsageType", "lineItem/Operation", "lineItem/AvailabilityZone", "lineItem/ResourceId",
            "lineItem/UsageAmount", "lineItem/CurrencyCode", "lineItem/UnblendedCost", "product/regionCode",
            "savingsPlan/SavingsPlanEffectiveCost", "savingsPlan/TotalCommitmentToDate", "savingsPlan/UsedCommitment",
            "reservation/EffectiveCost", "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod",
            "reservation/UnusedRecurringFee", "reservation/ReservationARN", "resourceTags/user:CostCenter",
            "resourceTags/aws:createdBy", "costCategory/Team");

    @TempDir
    Path folder;

    private final CsvExportFileReader reader = new CsvExportFileReader(new AwsTagNormalizer());

    /** Every line item type, with the amortization rule of each. */
    @Test
    void everyLineItemTypeKeepsItsUnblendedCostAndGetsItsAmortizedCost() throws Exception {
        Path file = gzip("every-type.csv.gz", LEGACY_HEADER,
                row("1", "Usage", "AmazonEC2", "10.5", "", "", "", "", "", "", "", "ops", "", "platform"),
                row("2", "SavingsPlanCoveredUsage", "AmazonEC2", "4.00", "3.10", "", "", "", "", "", "", "", "", ""),
                row("3", "SavingsPlanNegation", "AmazonEC2", "-4.00", "", "", "", "", "", "", "", "", "", ""),
                row("4", "SavingsPlanRecurringFee", "ComputeSavingsPlans", "5.00", "", "5.00", "3.10", "", "", "", "",
                        "", "", ""),
                row("5", "SavingsPlanUpfrontFee", "ComputeSavingsPlans", "100", "", "", "", "", "", "", "", "", "", ""),
                row("6", "DiscountedUsage", "AmazonRDS", "0", "", "", "", "1.25", "", "", "arn:r", "", "", ""),
                row("7", "RIFee", "AmazonRDS", "20", "", "", "", "", "2.5", "0.75", "arn:r", "", "", ""),
                row("8", "Fee", "AmazonRDS", "300", "", "", "", "", "", "", "arn:r", "", "", ""),
                row("9", "Fee", "AWSSupport", "29", "", "", "", "", "", "", "", "", "", ""),
                row("10", "Tax", "AmazonEC2", "2.31", "", "", "", "", "", "", "", "", "", ""),
                row("11", "Credit", "AmazonEC2", "-7.5", "", "", "", "", "", "", "", "", "", ""),
                row("12", "Refund", "AmazonEC2", "-1.11", "", "", "", "", "", "", "", "", "", ""));
        List<Map<CostMeasure, BigDecimal>> costs = new ArrayList<>();
        ReadSummary summary = reader.read(file, item -> costs.add(costsOf(item)), false);

        assertEquals(12, summary.rows());
        assertEquals(List.of("10.5", "3.1", "0", "1.9", "0", "1.25", "3.25", "0", "29", "2.31", "-7.5", "-1.11"),
                costs.stream().map(c -> plain(c.get(CostMeasure.AMORTIZED))).toList());
        // unblended: every type counts, the negation cancels the covered usage, tax, credits and refunds stay
        assertEquals(new BigDecimal("458.2"), summary.totals().get(CostMeasure.UNBLENDED).stripTrailingZeros());
        assertEquals(new BigDecimal("42.7"), summary.totals().get(CostMeasure.AMORTIZED).stripTrailingZeros());
        // no net columns: the net measures are the non-net ones
        assertEquals(summary.totals().get(CostMeasure.UNBLENDED), summary.totals().get(CostMeasure.NET_UNBLENDED));
        assertEquals(summary.totals().get(CostMeasure.AMORTIZED), summary.totals().get(CostMeasure.NET_AMORTIZED));
    }

    @Test
    void readsTheDimensionsTagsAndCostCategories() throws Exception {
        Path file = gzip("dims.csv.gz", LEGACY_HEADER,
                row("1", "Usage", "AmazonEC2", "0.25", "", "", "", "", "", "", "", "ops", "alice", "platform"));
        List<String> seen = new ArrayList<>();
        reader.read(file, item -> {
            assertEquals(BillingPeriod.of(2024, 1), item.billingPeriod());
            assertEquals("111111111111", item.payerAccountId());
            assertEquals("222222222222", item.usageAccountId());
            assertEquals(Instant.parse("2024-01-15T10:00:00Z"), item.usageStart());
            assertEquals(Instant.parse("2024-01-15T11:00:00Z"), item.usageEnd());
            assertEquals("eu-west-1", item.region());
            assertEquals("eu-west-1a", item.availabilityZone());
            assertEquals("BoxUsage:t3.micro", item.usageType());
            assertEquals("RunInstances", item.operation());
            assertEquals("i-0abc", item.resourceId());
            assertEquals(new BigDecimal("1.5"), item.usageAmount());
            assertEquals("USD", item.currency());
            assertFalse(item.netMeasuresPresent());
            assertEquals(Map.of("cost_center", "ops", "aws_created_by", "alice"), item.tags());
            assertEquals(Map.of("team", "platform"), item.costCategories());
            seen.add(item.lineItemType());
        }, false);
        assertEquals(List.of("Usage"), seen);
    }

    @Test
    void theKokuSampleAddsUpToItsKnownTotal() throws Exception {
        Path sample = copyResource("samples/legacy-cur-test.csv");
        List<String> regions = new ArrayList<>();
        ReadSummary summary = reader.read(sample, item -> regions.add(item.region()), false);

        assertEquals(19, summary.rows());
        // an independent sum of the file's own column, each line rounded to 10 decimals as cloudspend keeps them
        BigDecimal expected = BigDecimal.ZERO;
        for (String line : Files.readAllLines(sample).subList(1, 20)) {
            expected = expected.add(new BigDecimal(line.split(",", -1)[22]).setScale(10, RoundingMode.HALF_EVEN));
        }
        assertEquals(expected, summary.totals().get(CostMeasure.UNBLENDED));
        // 0.0827499841274349353 exactly; 19 lines each rounded to 10 decimals
        assertEquals(new BigDecimal("0.0827499840"), summary.totals().get(CostMeasure.UNBLENDED));
        assertEquals(new BigDecimal("0.08"), summary.totals().get(CostMeasure.UNBLENDED).setScale(2, RoundingMode.HALF_EVEN));
        // the sample has no region code: regions come from the location names
        assertTrue(regions.contains("us-east-1") && regions.contains("us-west-1"), regions.toString());
        assertFalse(regions.contains("global"), regions.toString());
    }

    @Test
    void readsCur2CsvWithItsMapColumns() throws Exception {
        String header = "bill_billing_period_start_date,bill_payer_account_id,line_item_usage_account_id,"
                + "line_item_line_item_type,line_item_usage_start_date,line_item_usage_end_date,line_item_product_code,"
                + "line_item_usage_type,line_item_currency_code,line_item_unblended_cost,line_item_net_unblended_cost,"
                + "product_region_code,resource_tags,cost_category,line_item_usage_account_name";
        Path file = gzip("cur2.csv.gz", header,
                "2024-03-01T00:00:00.000Z,111111111111,222222222222,Usage,2024-03-02T00:00:00.000Z,"
                        + "2024-03-02T01:00:00.000Z,AmazonS3,TimedStorage-ByteHrs,USD,1.2345678901,1.1,us-east-2,"
                        + "\"{\"\"user_cost_center\"\":\"\"ops\"\",\"\"aws_created_by\"\":\"\"bob\"\"}\","
                        + "\"{\"\"Team\"\":\"\"data\"\"}\",Production",
                "2024-03-01T00:00:00.000Z,111111111111,222222222222,Tax,2024-03-01T00:00:00.000Z,,AmazonS3,"
                        + "Tax,USD,0.10,,,,,Production");
        List<Map<String, String>> tags = new ArrayList<>();
        List<Boolean> net = new ArrayList<>();
        ReadSummary summary = reader.read(file, item -> {
            tags.add(new HashMap<>(item.tags()));
            net.add(item.netMeasuresPresent());
            assertEquals(BillingPeriod.of(2024, 3), item.billingPeriod());
        }, false);
        assertEquals(List.of(Map.of("cost_center", "ops", "aws_created_by", "bob"), Map.of()), tags);
        assertEquals(List.of(true, false), net);
        assertEquals(new BigDecimal("1.3345678901"), summary.totals().get(CostMeasure.UNBLENDED));
        assertEquals(new BigDecimal("1.2000000000"), summary.totals().get(CostMeasure.NET_UNBLENDED));
        assertEquals(List.of("aws_created_by", "cost_center"),
                summary.tagKeys().stream().map(k -> k.canonical()).sorted().toList());
    }

    /** The store compares a line item's labels with those it has seen: one String per value makes that quick. */
    @Test
    void aRepeatedLabelValueIsOneStringInEveryRowAndColumn() throws Exception {
        Path legacy = gzip("labels.csv.gz", LEGACY_HEADER,
                row("1", "Usage", "AmazonEC2", "0.25", "", "", "", "", "", "", "", "ops", "ops", "platform"),
                row("2", "Usage", "AmazonEC2", "0.50", "", "", "", "", "", "", "", "ops", "alice", "platform"));
        List<Map<String, String>> tags = new ArrayList<>();
        List<Map<String, String>> costCategories = new ArrayList<>();
        reader.read(legacy, item -> {
            tags.add(new HashMap<>(item.tags()));
            costCategories.add(new HashMap<>(item.costCategories()));
        }, false);
        assertEquals(List.of(Map.of("cost_center", "ops", "aws_created_by", "ops"),
                Map.of("cost_center", "ops", "aws_created_by", "alice")), tags);
        assertSame(tags.get(0).get("cost_center"), tags.get(1).get("cost_center"));
        assertSame(tags.get(0).get("cost_center"), tags.get(0).get("aws_created_by"), "one String across columns");
        assertSame(costCategories.get(0).get("team"), costCategories.get(1).get("team"));

        String header = "bill_billing_period_start_date,bill_payer_account_id,line_item_usage_account_id,"
                + "line_item_line_item_type,line_item_usage_start_date,line_item_product_code,line_item_currency_code,"
                + "line_item_unblended_cost,resource_tags,cost_category";
        String start = "2024-03-01T00:00:00.000Z,111111111111,222222222222,Usage,2024-03-02T00:00:00.000Z,AmazonS3,"
                + "USD,1,";
        // an escaped value is decoded as it always was
        String mapColumns = "\"{\"\"user_team\"\":\"\"web\"\",\"\"user_name\"\":\"\"x\\u0041\"\"}\","
                + "\"{\"\"Team\"\":\"\"web\"\"}\"";
        Path cur2 = gzip("cur2-labels.csv.gz", header, start + mapColumns, start + mapColumns);
        tags.clear();
        costCategories.clear();
        reader.read(cur2, item -> {
            tags.add(new HashMap<>(item.tags()));
            costCategories.add(new HashMap<>(item.costCategories()));
        }, false);
        assertEquals(List.of(Map.of("team", "web", "name", "xA"), Map.of("team", "web", "name", "xA")), tags);
        assertSame(tags.get(0).get("team"), tags.get(1).get("team"));
        assertSame(tags.get(0).get("team"), costCategories.get(1).get("team"), "one String across map columns");
    }

    @Test
    void columnsMayComeInAnyOrderAndRowsMayBeShort() throws Exception {
        String header = "lineItem/UnblendedCost,lineItem/CurrencyCode,lineItem/UsageStartDate,lineItem/LineItemType,"
                + "lineItem/UsageAccountId,bill/BillingPeriodStartDate,newColumn/FromTheFuture,lineItem/ResourceId";
        Path file = plain("reordered.csv", header,
                "3.5,USD,2024-01-01T00:00:00Z,Usage,222222222222,2024-01-01T00:00:00Z,x,i-1",
                "1.5,USD,2024-01-01T00:00:00Z,Usage,222222222222,2024-01-01T00:00:00Z");
        List<String> resources = new ArrayList<>();
        ReadSummary summary = reader.read(file, item -> resources.add(item.resourceId()), false);
        assertEquals(List.of("i-1", ""), resources);
        assertEquals(new BigDecimal("5.0000000000"), summary.totals().get(CostMeasure.UNBLENDED));
    }

    @Test
    void readsZipArchives() throws Exception {
        Path file = folder.resolve("report-1.csv.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("report-1.csv"));
            zip.write(csv(LEGACY_HEADER, row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""))
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(new BigDecimal("2.0000000000"), reader.read(file, item -> { }, false).totals().get(CostMeasure.UNBLENDED));
    }

    @Test
    void recordsCrossingTheDecompressedChunksAreReadWholeHoweverLong() throws Exception {
        // several chunks of decompressed text; two tag values longer than a chunk, quoted and escaped
        String longValue = "a,\"b\" ".repeat(ReadAheadInputStream.CHUNK / 5);
        String quoted = "\"" + longValue.replace("\"", "\"\"") + "\"";
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            rows.add(row(String.valueOf(i), "Usage", "AmazonEC2", "0.01", "", "", "", "", "", "", "",
                    i % 15_000 == 3 ? quoted : "cc-" + i, "", ""));
        }
        Path file = gzip("long.csv.gz", LEGACY_HEADER, rows.toArray(String[]::new));
        assertTrue(Files.size(file) > 0);

        List<String> costCenters = new ArrayList<>();
        // records longer than a chunk, yet within the limit given
        ReadSummary summary = new CsvExportFileReader(new AwsTagNormalizer(), 4 << 20).read(file,
                item -> costCenters.add(item.tags().get("cost_center")), false);

        assertEquals(30_000, summary.rows());
        assertEquals(new BigDecimal("300.0000000000"), summary.totals().get(CostMeasure.UNBLENDED));
        for (int i = 0; i < 30_000; i++) {
            assertEquals(i % 15_000 == 3 ? longValue : "cc-" + i, costCenters.get(i), "row " + (i + 1));
        }
    }

    @Test
    void cur2MapsCrossingTheDecompressedChunksAreReadWhole() throws Exception {
        // maps are read where they stand in a chunk; those a chunk's end cuts, and one longer than a chunk, are not
        String header = "line_item_usage_account_id,line_item_line_item_type,line_item_usage_start_date,"
                + "bill_billing_period_start_date,line_item_currency_code,line_item_unblended_cost,resource_tags";
        String longValue = "v\\\"".repeat(ReadAheadInputStream.CHUNK / 3);
        List<String> rows = new ArrayList<>();
        List<Map<String, String>> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String value = i == 7_000 ? longValue : "team-" + i + "-" + "x".repeat(i % 700);
            String json = "{\"user_team\":\"" + value + "\",\"aws_created_by\":\"" + (i % 3) + "\"}";
            rows.add("222222222222,Usage,2024-03-02T00:00:00Z,2024-03-01T00:00:00Z,USD,0.01,\""
                    + json.replace("\"", "\"\"") + "\"");
            expected.add(Map.of("team", value.replace("\\\"", "\""), "aws_created_by", String.valueOf(i % 3)));
        }
        Path file = gzip("cur2-long.csv.gz", header, rows.toArray(String[]::new));

        List<Map<String, String>> tags = new ArrayList<>();
        ReadSummary summary = reader.read(file, item -> tags.add(new HashMap<>(item.tags())), false);

        assertEquals(20_000, summary.rows());
        assertEquals(new BigDecimal("200.0000000000"), summary.totals().get(CostMeasure.UNBLENDED));
        for (int i = 0; i < 20_000; i++) {
            assertEquals(expected.get(i), tags.get(i), "row " + (i + 1));
        }
    }

    @Test
    void aTruncatedGzipIsAnErrorNeverAShortSuccess() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(row(String.valueOf(i), "Usage", "AmazonEC2", "1." + i, "", "", "", "", "", "", "", "", "", ""));
        }
        Path whole = gzip("whole.csv.gz", LEGACY_HEADER, rows.toArray(String[]::new));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = folder.resolve("truncated.csv.gz");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        List<LineItem> delivered = new ArrayList<>();
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(truncated, delivered::add, false));
        assertEquals("truncated.csv.gz", e.file());
        assertTrue(e.getMessage().contains("the file ends early: it is truncated"), e.getMessage());
    }

    @Test
    void corruptCompressedDataIsNamed() throws Exception {
        Path file = folder.resolve("corrupt.csv.gz");
        Files.write(file, "this is not gzip at all".getBytes(StandardCharsets.UTF_8));
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertTrue(e.getMessage().startsWith("corrupt.csv.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aMissingRequiredColumnNamesTheColumn() throws Exception {
        Path file = plain("no-cost.csv", LEGACY_HEADER.replace("lineItem/UnblendedCost", "lineItem/BlendedCost"),
                row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""));
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertEquals("no-cost.csv, column lineItem/UnblendedCost: a required column is missing (the header has 26"
                + " columns)", e.getMessage());
    }

    @Test
    void aBadNumberNamesRowAndColumn() throws Exception {
        Path file = plain("bad-number.csv", LEGACY_HEADER,
                row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""),
                row("2", "Usage", "AmazonEC2", "two dollars", "", "", "", "", "", "", "", "", "", ""));
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertEquals("bad-number.csv, row 2, column lineItem/UnblendedCost: not a number: 'two dollars'",
                e.getMessage());
        assertEquals(2, e.row());
    }

    @Test
    void aUsageAmountWithAnExponentIsReadWithoutWritingItsDigitsOut() throws Exception {
        List<String> usages = new java.util.ArrayList<>();
        Path file = plain("exponents.csv", LEGACY_HEADER,
                usage(row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""), "1.5E3"),
                usage(row("2", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""), "1e-999999999"),
                usage(row("3", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""), "2.5e-19"),
                usage(row("4", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""),
                        "1.00000000000000000050e0"));
        reader.read(file, item -> usages.add(item.usageAmountText()), false);
        assertEquals(List.of("1500", "0", "0", "1.000000000000000000"), usages,
                "the store's 18 decimals, half to even");

        for (String huge : List.of("1e999999999", "1e21", "123456789012345678901")) {
            Path big = plain("huge.csv", LEGACY_HEADER,
                    usage(row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""), huge));
            // refused from the exponent alone: writing 10^999999999 out would take minutes and gigabytes
            ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(big, item -> { }, false));
            assertTrue(e.getMessage().startsWith("huge.csv, row 1, column lineItem/UsageAmount: out of range: '"
                    + huge + "'"), e.getMessage());
        }
    }

    @Test
    void aQuotedFieldThatNeverClosesFailsItsFileWithoutTakingTheHeap() throws Exception {
        String endless = "\"" + "x".repeat(3 << 20);
        String good = row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", "");
        for (Path file : List.of(gzip("endless.csv.gz", LEGACY_HEADER, good, endless),
                plain("endless.csv", LEGACY_HEADER, good, endless))) {
            ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
            assertTrue(e.getMessage().startsWith(file.getFileName() + ", row 2: not valid CSV: a record is longer than"
                    + " 1024 KB (csv.max.record.kilobytes of org.cloudspend.cur)"), e.getMessage());
        }
        // a record of 3 MB, well formed: too long for a reader held to 2 MB
        CsvExportFileReader strict = new CsvExportFileReader(new AwsTagNormalizer(), 2 << 20);
        Path longRecord = gzip("long.csv.gz", LEGACY_HEADER, good.replace("i-0abc", "i-" + "0".repeat(3 << 20)));
        assertTrue(assertThrows(ExportReadException.class, () -> strict.read(longRecord, item -> { }, false)).getMessage()
                .contains("a record is longer than 2048 KB"), "the limit is the configured one");
    }

    /** The row with another usage amount than 1.5. */
    private static String usage(String row, String amount) {
        return row.replace(",1.5,USD,", "," + amount + ",USD,");
    }

    @Test
    void aBadDateNamesRowAndColumn() throws Exception {
        Path file = plain("bad-date.csv", LEGACY_HEADER,
                row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", "")
                        .replace("2024-01-15T10:00:00Z", "15/01/2024"));
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertEquals("bad-date.csv, row 1, column lineItem/UsageStartDate: not a date and time: '15/01/2024'",
                e.getMessage());
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnError() throws Exception {
        Path file = plain("extra.csv", LEGACY_HEADER,
                row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", "") + ",surprise");
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertEquals("extra.csv, row 1: the row has more fields than the header's 26", e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsAnError() throws Exception {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, csv(LEGACY_HEADER,
                row("1", "Usage", "AmazonEC2", "2", "", "", "", "", "", "", "", "Café", "", ""))
                .getBytes(StandardCharsets.ISO_8859_1));
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertTrue(e.getMessage().contains("the text is not UTF-8"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        Path file = gzip("empty.csv.gz", "");
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertEquals("empty.csv.gz: the file is empty: no header row", e.getMessage());
    }

    @Test
    void anEmptyRequiredValueIsAnError() throws Exception {
        Path file = plain("no-type.csv", LEGACY_HEADER,
                row("1", "", "AmazonEC2", "2", "", "", "", "", "", "", "", "", "", ""));
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertEquals("no-type.csv, row 1, column lineItem/LineItemType: the value is empty", e.getMessage());
    }

    @Test
    void aBrokenMapColumnNamesRowAndColumn() throws Exception {
        String header = "bill_billing_period_start_date,line_item_usage_account_id,line_item_line_item_type,"
                + "line_item_usage_start_date,line_item_currency_code,line_item_unblended_cost,resource_tags";
        Path file = plain("map.csv", header,
                "2024-03-01T00:00:00Z,222222222222,Usage,2024-03-01T00:00:00Z,USD,1,\"{\"\"user_a\"\":\"");
        ExportReadException e = assertThrows(ExportReadException.class, () -> reader.read(file, item -> { }, false));
        assertTrue(e.getMessage().startsWith("map.csv, row 1, column resource_tags: not a JSON object"), e.getMessage());
    }

    private static String row(String id, String type, String product, String unblended, String spEffective,
            String spCommitment, String spUsed, String riEffective, String riUnusedUpfront, String riUnusedRecurring,
            String reservationArn, String costCenter, String createdBy, String team) {
        return String.join(",", id, "111111111111", "2024-01-01T00:00:00Z", "222222222222", type,
                "2024-01-15T10:00:00Z", "2024-01-15T11:00:00Z", product, "BoxUsage:t3.micro", "RunInstances",
                "eu-west-1a", "i-0abc", "1.5", "USD", unblended, "eu-west-1", spEffective, spCommitment, spUsed,
                riEffective, riUnusedUpfront, riUnusedRecurring, reservationArn, costCenter, createdBy, team);
    }

    private Path gzip(String name, String header, String... rows) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(csv(header, rows).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private Path plain(String name, String header, String... rows) throws IOException {
        return Files.writeString(folder.resolve(name), csv(header, rows));
    }

    private static String csv(String header, String... rows) {
        if (header.isEmpty()) {
            return "";
        }
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    private Path copyResource(String resource) throws IOException {
        Path file = folder.resolve(Path.of(resource).getFileName());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Map<CostMeasure, BigDecimal> costsOf(LineItem item) {
        Map<CostMeasure, BigDecimal> costs = new HashMap<>();
        for (CostMeasure measure : CostMeasure.values()) {
            costs.put(measure, item.cost(measure));
        }
        return costs;
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

}
