package org.cloudspend.api.export;

/** The two families of AWS billing exports. */
public enum ExportType {
    /** CUR 2.0, created in AWS Data Exports: snake_case columns, tags and cost categories as MAP columns. */
    CUR2,
    /** The legacy Cost and Usage Report: {@code category/Name} columns in CSV, snake_case in Parquet. */
    LEGACY
}
