package org.cloudspend.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;

/**
 * Billing exports written by the generator in the test driver (the container has no DuckDB to write Parquet with):
 * one bucket holding a legacy Parquet report and a CUR 2.0 Parquet export, each with its expected totals.
 */
final class SyntheticExports {

    private static Path bucket;

    private SyntheticExports() {
    }

    static synchronized String prepare() {
        if (bucket == null) {
            try {
                Path folder = Path.of("target/synthetic-exports").toAbsolutePath();
                if (!Files.exists(folder.resolve("expected-totals"))) {
                    ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.LEGACY, true, YearMonth.of(2025, 3),
                            3_000, 41).withName("athena"), folder);
                    ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, true, YearMonth.of(2025, 4),
                            3_000, 43).withName("costs"), folder);
                }
                bucket = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bucket.toString();
    }
}
