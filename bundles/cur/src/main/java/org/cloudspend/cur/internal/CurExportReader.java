package org.cloudspend.cur.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportReader;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.api.tags.TagNormalizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** The export readers, chosen by file name. */
@Component(service = ExportReader.class, configurationPid = "org.cloudspend.cur")
@Designate(ocd = CurConfig.class)
public class CurExportReader implements ExportReader {

    /**
     * The share of the heap that Parquet row groups in decoding may take together, for all loads: 60% leaves the rest to
     * the collector's young objects and the store's spooling (measured: two of AWS's 128 MB row groups, or of the
     * generator's 1,000,000-row groups, decode side by side in 384 MB).
     */
    private static final double PARQUET_HEAP_SHARE = 0.6;

    private final CsvExportFileReader csv;
    private final ParquetExportFileReader parquet;
    private final long maxManifestBytes;

    @Activate
    public CurExportReader(@Reference TagNormalizer normalizer, CurConfig config) {
        this(normalizer, config.csv_max_record_kilobytes() * 1024, (long) config.manifest_max_megabytes() << 20);
    }

    /** With the default limits: for tests, tools and benchmarks. */
    public CurExportReader(TagNormalizer normalizer) {
        this(normalizer, CsvScanner.DEFAULT_MAX_RECORD_BYTES, ManifestParser.DEFAULT_MAX_BYTES);
    }

    CurExportReader(TagNormalizer normalizer, int maxRecordBytes, long maxManifestBytes) {
        if (maxRecordBytes <= 0 || maxManifestBytes <= 0) {
            throw new IllegalArgumentException("The export readers' limits (csv.max.record.kilobytes,"
                    + " manifest.max.megabytes of org.cloudspend.cur) must be positive");
        }
        this.csv = new CsvExportFileReader(normalizer, maxRecordBytes);
        this.parquet = new ParquetExportFileReader(normalizer, RowGroupBudget.ofHeap(PARQUET_HEAP_SHARE));
        this.maxManifestBytes = maxManifestBytes;
    }

    @Override
    public ExportManifest readManifest(ExportType type, String key, InputStream manifest) throws ExportReadException {
        return ManifestParser.parse(type, key, manifest, maxManifestBytes);
    }

    @Override
    public ReadSummary read(ExportType type, Path dataFile, LineItemSink sink) throws ExportReadException {
        return readFile(dataFile, sink, false);
    }

    /** Line items are summed by day in the threads that read them, before the sink takes them. */
    @Override
    public ReadSummary readDailySums(ExportType type, Path dataFile, LineItemSink sink) throws ExportReadException {
        return readFile(dataFile, sink, true);
    }

    private ReadSummary readFile(Path dataFile, LineItemSink sink, boolean dailySums) throws ExportReadException {
        String name = dataFile.getFileName().toString();
        if (streams(name)) {
            return csv.read(dataFile, sink, dailySums);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return parquet.read(dataFile, sink, dailySums);
        }
        throw notADataFile(name);
    }

    @Override
    public boolean streams(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".csv.zip");
    }

    @Override
    public ReadSummary read(ExportType type, String fileName, InputStream data, LineItemSink sink)
            throws ExportReadException {
        return readStream(fileName, data, sink, false);
    }

    @Override
    public ReadSummary readDailySums(ExportType type, String fileName, InputStream data, LineItemSink sink)
            throws ExportReadException {
        return readStream(fileName, data, sink, true);
    }

    private ReadSummary readStream(String fileName, InputStream data, LineItemSink sink, boolean dailySums)
            throws ExportReadException {
        if (!streams(fileName)) {
            throw fileName.toLowerCase(Locale.ROOT).endsWith(".parquet")
                    ? new ExportReadException(fileName, "a Parquet file is read from a file, not a stream", null)
                    : notADataFile(fileName);
        }
        return csv.read(fileName, data, sink, dailySums);
    }

    private static ExportReadException notADataFile(String name) {
        return new ExportReadException(name, "not a billing export data file: expected .csv.gz, .csv.zip, .csv or"
                + " .parquet", null);
    }
}
