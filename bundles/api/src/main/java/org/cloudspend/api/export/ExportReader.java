package org.cloudspend.api.export;

import java.io.InputStream;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** Reads AWS billing export files of every family and format into canonical line items. */
@ProviderType
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

    /**
     * Reads one data file as {@link #read(ExportType, Path, LineItemSink)} does, for a sink that keeps costs by day:
     * line items of one daily fact (the same usage day in UTC and the same values in every other field but the usage
     * times and amounts) may arrive summed into one item, its {@link LineItem#lineItems()} telling how many it stands
     * for. Amounts stay exact; the summary counts the file's own line items. A real month has 10-25 line items a
     * daily fact (one per hour a resource runs): the sink gets that many times fewer items. The same errors as
     * {@code read}; a line item that does not belong can only be told apart by its fact then.
     */
    default ReadSummary readDailySums(ExportType type, Path dataFile, LineItemSink sink) throws ExportReadException {
        return read(type, dataFile, sink);
    }

    /**
     * Whether a data file of this name is read front to back, so that it can be read as it arrives with
     * {@link #read(ExportType, String, InputStream, LineItemSink)} (gzip, zip and plain CSV); Parquet is not: its
     * footer comes first.
     */
    boolean streams(String fileName);

    /**
     * Streams every line item of a data file read as it arrives (from S3, say), as {@link #read(ExportType, Path,
     * LineItemSink)} does from a file, with the same errors; the stream is closed by the caller. An
     * {@link java.io.IOException} of the stream is the {@link ExportReadException}'s cause.
     *
     * @param fileName the file's name, which tells the format ({@link #streams} must be true for it)
     */
    ReadSummary read(ExportType type, String fileName, InputStream data, LineItemSink sink)
            throws ExportReadException;

    /**
     * Reads a data file as it arrives, as {@link #read(ExportType, String, InputStream, LineItemSink)} does, with line
     * items of one daily fact summed as {@link #readDailySums(ExportType, Path, LineItemSink)} sums them.
     */
    default ReadSummary readDailySums(ExportType type, String fileName, InputStream data, LineItemSink sink)
            throws ExportReadException {
        return read(type, fileName, data, sink);
    }
}
