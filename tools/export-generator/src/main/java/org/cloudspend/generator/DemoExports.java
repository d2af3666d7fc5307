package org.cloudspend.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The demo data of the Karaf assembly: a CUR 2.0 Parquet export "cloudspend-demo" in a folder standing for its bucket,
 * with last month complete and this month up to yesterday, as AWS would have delivered them today.
 * {@code java ... DemoExports <folder> [yyyy-mm-dd (today)]}.
 */
public final class DemoExports {

    static final String NAME = "cloudspend-demo";
    private static final long LINE_ITEMS_PER_MONTH = 20_000;

    private DemoExports() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: <folder> [yyyy-mm-dd]");
            System.exit(2);
        }
        LocalDate today = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now(ZoneOffset.UTC);
        write(Path.of(args[0]), today);
    }

    static void write(Path bucket, LocalDate today) throws IOException {
        YearMonth thisMonth = YearMonth.from(today);
        ExportSpec lastMonth = ExportSpec.of(ExportSpec.Family.CUR2, true, thisMonth.minusMonths(1),
                LINE_ITEMS_PER_MONTH, 2024).withName(NAME).withShape(ExportSpec.Shape.REAL);
        ExportGenerator.generate(lastMonth, bucket);
        int daysSoFar = Math.max(1, today.getDayOfMonth() - 1);
        ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, true, thisMonth,
                LINE_ITEMS_PER_MONTH * daysSoFar / thisMonth.lengthOfMonth() + 100, 2025).withName(NAME)
                .withUsageDays(daysSoFar).withShape(ExportSpec.Shape.REAL), bucket);
    }
}
