package org.cloudspend.api.export;

/** The file format of an export's data files. */
public enum ExportFormat {
    /** Apache Parquet (snappy, gzip or zstd compressed). */
    PARQUET,
    /** CSV, gzip compressed (legacy reports may also be zip or plain; the reader tells them by their name). */
    CSV_GZIP
}
