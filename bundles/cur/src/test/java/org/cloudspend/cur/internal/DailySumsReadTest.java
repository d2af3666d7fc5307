package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file read with line items summed by day gives every daily fact exactly what reading it row by row gives: every
 * measure, the usage, every dimension, tag and cost category, to the last decimal, with the table of facts holding
 * all of them or filling and passing them on many times, on a real-shaped month and on a scattered one.
 */
class DailySumsReadTest {

    private static final YearMonth PERIOD = YearMonth.of(2024, 5);

    @TempDir
    Path bucket;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ExportSpec.Family family : ExportSpec.Family.values()) {
            for (ExportSpec.Shape shape : ExportSpec.Shape.values()) {
                cases.add(Arguments.of(family, false, shape, DailyLineItemSums.CAPACITY));
                for (int capacity : new int[] {DailyLineItemSums.CAPACITY, 50}) {
                    cases.add(Arguments.of(family, true, shape, capacity));
                }
            }
        }
        return cases.stream();
    }

    /** Reads a file, summed by day or not. */
    private interface Reader {
        ReadSummary read(Path file, LineItemSink sink, boolean dailySums) throws Exception;
    }

    @ParameterizedTest(name = "{0} parquet={1} {2} {3} facts")
    @MethodSource("cases")
    void everyDailyFactIsTheSameSummedOrNot(ExportSpec.Family family, boolean parquet, ExportSpec.Shape shape,
            int capacity) throws Exception {
        ExportSpec spec = ExportSpec.of(family, parquet, PERIOD, 20_000, 7).withNetColumns(true).withShape(shape);
        GeneratedExport export = ExportGenerator.generate(spec, bucket);
        Reader reader = parquet ? new ParquetExportFileReader(new AwsTagNormalizer(), new RowGroupBudget(
                Long.MAX_VALUE), capacity)::read : new CsvExportFileReader(new AwsTagNormalizer())::read;
        Facts byRow = new Facts();
        Facts summed = new Facts();
        for (String key : export.dataFileKeys()) {
            Path file = export.root().resolve(key);
            ReadSummary rowByRow = reader.read(file, byRow, false);
            assertEquals(rowByRow, reader.read(file, summed, true), "the summary counts the file's own line items");
        }
        assertEquals(export.expected().overall().rows(), byRow.lineItems);
        assertEquals(byRow.lineItems, summed.lineItems);
        assertEquals(byRow.facts, summed.facts);
        assertEquals(byRow.items, byRow.lineItems, "read row by row, an item is a line item");
        if (shape == ExportSpec.Shape.REAL && capacity == DailyLineItemSums.CAPACITY) {
            assertTrue(summed.items * 5 < byRow.items, "a real month's line items are summed: " + summed.items
                    + " items of " + byRow.items);
        }
    }

    /** What each daily fact sums to, by BigDecimal: its key holds every field but the times and amounts. */
    private static final class Facts implements LineItemSink {
        final Map<String, List<BigDecimal>> facts = new TreeMap<>();
        long items;
        long lineItems;

        @Override
        public void accept(LineItem item) {
            items++;
            lineItems += item.lineItems();
            LocalDate day = LocalDate.ofInstant(item.usageStart(), ZoneOffset.UTC);
            String key = String.join("|", day.toString(), item.billingPeriod().toString(), item.payerAccountId(),
                    item.usageAccountId(), item.lineItemType(), item.productCode(), item.region(),
                    item.availabilityZone(), item.usageType(), item.operation(), item.resourceId(), item.currency(),
                    Boolean.toString(item.netMeasuresPresent()), new TreeMap<>(item.tags()).toString(),
                    new TreeMap<>(item.costCategories()).toString());
            List<BigDecimal> sums = facts.computeIfAbsent(key, k -> {
                List<BigDecimal> zeros = new ArrayList<>();
                for (int i = 0; i <= CostMeasure.values().length + 1; i++) {
                    zeros.add(BigDecimal.ZERO);
                }
                return zeros;
            });
            for (CostMeasure measure : CostMeasure.values()) {
                sums.set(measure.ordinal(), sums.get(measure.ordinal()).add(item.cost(measure)));
            }
            int usage = CostMeasure.values().length;
            sums.set(usage, sums.get(usage).add(item.usageAmount()).stripTrailingZeros());
            sums.set(usage + 1, sums.get(usage + 1).add(BigDecimal.valueOf(item.lineItems())));
        }
    }
}
