package org.cloudspend.generator;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Where AWS puts the files of one delivery, per family and format. */
final class ExportLayout {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final ExportSpec spec;
    private final String deliveryId;

    ExportLayout(ExportSpec spec, String deliveryId) {
        this.spec = spec;
        this.deliveryId = deliveryId;
    }

    private String base() {
        return (spec.prefix().isEmpty() ? "" : spec.prefix() + "/") + spec.name() + "/";
    }

    private String legacyRange() {
        YearMonth period = spec.period();
        return period.atDay(1).format(COMPACT) + "-" + period.plusMonths(1).atDay(1).format(COMPACT);
    }

    /** The folder of the data files. */
    String dataFolder() {
        YearMonth period = spec.period();
        if (spec.family() == ExportSpec.Family.CUR2) {
            return base() + "data/BILLING_PERIOD=" + period + "/";
        }
        if (spec.parquet()) {
            return base() + spec.name() + "/year=" + period.getYear() + "/month=" + period.getMonthValue() + "/";
        }
        return base() + legacyRange() + "/" + deliveryId + "/";
    }

    /** The key of data file number {@code index} (from 1). */
    String dataFile(int index) {
        if (spec.family() == ExportSpec.Family.LEGACY && !spec.parquet()) {
            return dataFolder() + spec.name() + "-" + index + ".csv.gz";
        }
        return dataFolder() + spec.name() + String.format("-%05d", index)
                + (spec.parquet() ? ".snappy.parquet" : ".csv.gz");
    }

    /** The manifest of the delivery. */
    String manifest() {
        if (spec.family() == ExportSpec.Family.CUR2) {
            return base() + "metadata/BILLING_PERIOD=" + spec.period() + "/" + spec.name() + "-Manifest.json";
        }
        return dataFolder() + spec.name() + "-Manifest.json";
    }

    /** Legacy CSV's period-level copy of the newest manifest, rewritten with every delivery; null elsewhere. */
    String periodManifest() {
        return spec.family() == ExportSpec.Family.LEGACY && !spec.parquet()
                ? base() + legacyRange() + "/" + spec.name() + "-Manifest.json" : null;
    }
}
