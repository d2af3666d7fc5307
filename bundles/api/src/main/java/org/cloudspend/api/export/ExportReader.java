package org.cloudspend.api.export;

import java.io.InputStream;
import java.nio.file.Path;

/** Reads AWS billing export files of every family and format into canonical line items. */
public interface ExportReader {

    /**
     * Parses a manifest.
     *
     * @param type the export family the manifest belongs to
     * @param key its S3 key or path, used in messages
     */
    ExportManifest readManifest(ExportType type, String key, InputStream manifest) throws ExportReadException;

    /**
     * Streams every line item of one data file into the sink. The format is told by the file name
     * ({@code .csv.gz}, {@code .csv.zip}, {@code .csv}, {@code .parquet}). A file that ends early, is corrupt, lacks a
     * required column or holds a value that does not parse fails with an {@link ExportReadException} naming the file,
     * row and column: never a short success.
     */
    ReadSummary read(ExportType type, Path dataFile, LineItemSink sink) throws ExportReadException;
}
