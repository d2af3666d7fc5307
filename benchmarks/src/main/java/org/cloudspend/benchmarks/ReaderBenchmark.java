package org.cloudspend.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.tags.internal.AwsTagNormalizer;

/**
 * Reads one generated month with cloudspend's reader (all four measures, tags, regions) and with DuckDB (the engine the
 * store embeds, reading and aggregating the same file), in the same JVM and run, and prints times, rates, peak heap and
 * the ratio. Usage: {@code ReaderBenchmark <legacy-csv|legacy-parquet|cur2-csv|cur2-parquet> <line items> <data folder>
 * [runs] [scattered|real]}: the scattered month unless told otherwise (see {@link ExportSpec.Shape}). The data is
 * generated on the first run and reused.
 */
public final class ReaderBenchmark {

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String format = args[0];
        long lineItems = Long.parseLong(args[1]);
        Path data = Path.of(args[2]).toAbsolutePath();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        ExportSpec.Family family = format.startsWith("legacy") ? ExportSpec.Family.LEGACY : ExportSpec.Family.CUR2;
        boolean parquet = format.endsWith("parquet");
        ExportSpec.Shape shape = args.length > 4 ? ExportSpec.Shape.valueOf(args[4].toUpperCase(Locale.ROOT))
                : ExportSpec.Shape.SCATTERED;
        ExportSpec spec = ExportSpec.of(family, parquet, YearMonth.of(2025, 1), lineItems, 2025)
                .withRowsPerFile(lineItems).withName("bench").withShape(shape);
        // the same folder as the ingest benchmark's for this month
        Path root = data.resolve(format + "-" + shape.name().toLowerCase(Locale.ROOT) + "-" + lineItems);
        Data generated = generated(spec, root);
        Path file = generated.file();
        ExportType type = family == ExportSpec.Family.LEGACY ? ExportType.LEGACY : ExportType.CUR2;
        long bytes = Files.size(file);

        System.out.printf(Locale.ROOT, "%s: %,d line items, %s, %.1f MB on disk, JVM max heap %d MB, %d cores%n",
                format, lineItems, file.getFileName(), bytes / 1e6, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        CurExportReader reader = new CurExportReader(new AwsTagNormalizer());
        List<Long> ours = new ArrayList<>();
        List<Long> duck = new ArrayList<>();
        List<Long> gunzip = new ArrayList<>();
        long peakHeap = 0;
        ReadSummary summary = null;
        for (int run = 0; run <= runs; run++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            summary = reader.read(type, file, item -> { });
            long elapsed = System.nanoTime() - start;
            if (run > 0) {
                ours.add(elapsed);
                peakHeap = Math.max(peakHeap, peakHeapBytes());
            }
            long duckStart = System.nanoTime();
            BigDecimal duckTotal = duckDb(type, parquet, file);
            long duckElapsed = System.nanoTime() - duckStart;
            if (run > 0) {
                duck.add(duckElapsed);
            }
            if (!parquet) {
                long gunzipStart = System.nanoTime();
                gunzipOnly(file);
                if (run > 0) {
                    gunzip.add(System.nanoTime() - gunzipStart);
                }
            }
            if (run == 0) {
                BigDecimal expected = generated.unblended();
                check(expected, summary.totals().get(CostMeasure.UNBLENDED), "cloudspend");
                check(expected, duckTotal, "DuckDB");
            }
        }
        long oursMedian = median(ours);
        long duckMedian = median(duck);
        System.out.printf(Locale.ROOT, "  cloudspend  %7.2f s  %,10.0f rows/s  %7.1f MB/s  heap pool peaks %d MB (sum, an upper bound)%n",
                oursMedian / 1e9, summary.rows() / (oursMedian / 1e9), bytes / 1e6 / (oursMedian / 1e9),
                peakHeap >> 20);
        System.out.printf(Locale.ROOT, "  DuckDB      %7.2f s  %,10.0f rows/s  %7.1f MB/s%n",
                duckMedian / 1e9, summary.rows() / (duckMedian / 1e9), bytes / 1e6 / (duckMedian / 1e9));
        System.out.printf(Locale.ROOT, "  ratio cloudspend / DuckDB = %.2f%n", (double) oursMedian / duckMedian);
        if (!gunzip.isEmpty()) {
            long gunzipMedian = median(gunzip);
            System.out.printf(Locale.ROOT, "  plain Java gunzip %5.2f s; ratio cloudspend / gunzip = %.2f%n",
                    gunzipMedian / 1e9, (double) oursMedian / gunzipMedian);
        }
        System.out.printf(Locale.ROOT, "  (median of %d runs after one warm-up; both totals checked against the"
                + " generator's to the last decimal)%n", runs);
    }

    /** The generated data file and the unblended total the generator wrote into it. */
    record Data(Path file, BigDecimal unblended) {
    }

    static Data generated(ExportSpec spec, Path root) throws IOException {
        Path marker = root.resolve("generated.txt");
        if (!Files.exists(marker)) {
            System.out.println("generating " + spec.lineItems() + " line items into " + root + " ...");
            GeneratedExport export = ExportGenerator.generate(spec, root);
            Files.writeString(marker, export.dataFileKeys().get(0) + "\n"
                    + export.expected().overall().total("UNBLENDED").toPlainString() + "\n");
        }
        List<String> lines = Files.readAllLines(marker);
        return new Data(root.resolve(lines.get(0)), new BigDecimal(lines.get(1)));
    }

    /**
     * The same question asked of DuckDB: read the columns cloudspend reads and aggregate them to its daily grain (day,
     * account, service, usage type, operation, line item type, resource, region) with the unblended and amortized sums.
     * Returns the unblended total, checked like cloudspend's.
     */
    static BigDecimal duckDb(ExportType type, boolean parquet, Path file) throws Exception {
        boolean legacyCsv = type == ExportType.LEGACY && !parquet;
        // AWS quotes with '"'; DuckDB's sniffer, which samples the first rows, misses it when they quote nothing
        String source = parquet ? "read_parquet('" + file + "')"
                : "read_csv('" + file + "', header = true, all_varchar = true, quote = '\"', escape = '\"')";
        String start = column(legacyCsv, "lineItem/UsageStartDate");
        String typeColumn = column(legacyCsv, "lineItem/LineItemType");
        String sql = "SELECT sum(u) FROM (SELECT date_trunc('day', CAST(" + start + " AS TIMESTAMP)) AS day, "
                + column(legacyCsv, "lineItem/UsageAccountId") + ", " + column(legacyCsv, "lineItem/ProductCode") + ", "
                + column(legacyCsv, "lineItem/UsageType") + ", " + column(legacyCsv, "lineItem/Operation") + ", "
                + typeColumn + ", " + column(legacyCsv, "lineItem/ResourceId") + ", coalesce("
                + column(legacyCsv, "product/regionCode") + ", " + column(legacyCsv, "product/location") + ") AS region, "
                + "sum(" + unblendedSql(legacyCsv) + ") AS u, sum(" + amortizedSql(legacyCsv) + ") AS a "
                + "FROM " + source + " GROUP BY ALL)";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBigDecimal(1);
        }
    }

    /** A line item's unblended cost, exact. */
    static String unblendedSql(boolean legacyCsv) {
        return "CAST(" + column(legacyCsv, "lineItem/UnblendedCost") + " AS DECIMAL(38,10))";
    }

    /** A line item's amortized cost by AWS's rules for Savings Plans and reservations, exact. */
    static String amortizedSql(boolean legacyCsv) {
        return "CASE " + column(legacyCsv, "lineItem/LineItemType") + " WHEN 'SavingsPlanCoveredUsage' THEN CAST("
                + column(legacyCsv, "savingsPlan/SavingsPlanEffectiveCost") + " AS DECIMAL(38,10))"
                + " WHEN 'DiscountedUsage' THEN CAST(" + column(legacyCsv, "reservation/EffectiveCost")
                + " AS DECIMAL(38,10)) WHEN 'SavingsPlanNegation' THEN 0 ELSE " + unblendedSql(legacyCsv) + " END";
    }

    /** A legacy column's name in this file: as it is in legacy CSV, else snake_case. */
    static String column(boolean legacyCsv, String legacyName) {
        if (legacyCsv) {
            return '"' + legacyName + '"';
        }
        StringBuilder snake = new StringBuilder();
        for (char c : legacyName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(Character.isLetterOrDigit(c) ? c : '_');
            }
        }
        return snake.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    }

    private static void gunzipOnly(Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024)) {
            while (in.read(buffer) >= 0) {
                // decompression only
            }
        }
    }

    private static void check(BigDecimal expected, BigDecimal actual, String who) {
        if (expected.compareTo(actual) != 0) {
            throw new IllegalStateException(who + " read " + actual + ", the generator wrote " + expected);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
