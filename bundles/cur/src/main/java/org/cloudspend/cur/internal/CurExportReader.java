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

/** The export readers, chosen by file name. */
@Component(service = ExportReader.class)
public class CurExportReader implements ExportReader {

    /**
     * The share of the heap that Parquet row groups in decoding may take together, for all loads: 60% leaves the rest to
     * the collector's young objects and the store's spooling (measured: two of AWS's 128 MB row groups, or of the
     * generator's 1,000,000-row groups, decode side by side in 384 MB).
     */
    private static final double PARQUET_HEAP_SHARE = 0.6;

    private final CsvExportFileReader csv;
    private final ParquetExportFileReader parquet;

    @Activate
    public CurExportReader(@Reference TagNormalizer normalizer) {
        this.csv = new CsvExportFileReader(normalizer);
        this.parquet = new ParquetExportFileReader(normalizer, RowGroupBudget.ofHeap(PARQUET_HEAP_SHARE));
    }

    @Override
    public ExportManifest readManifest(ExportType type, String key, InputStream manifest) throws ExportReadException {
        return ManifestParser.parse(type, key, manifest);
    }

    @Override
    public ReadSummary read(ExportType type, Path dataFile, LineItemSink sink) throws ExportReadException {
        String name = dataFile.getFileName().toString();
        if (streams(name)) {
            return csv.read(dataFile, sink);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return parquet.read(dataFile, sink);
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
        if (!streams(fileName)) {
            throw fileName.toLowerCase(Locale.ROOT).endsWith(".parquet")
                    ? new ExportReadException(fileName, "a Parquet file is read from a file, not a stream", null)
                    : notADataFile(fileName);
        }
        return csv.read(fileName, data, sink);
    }

    private static ExportReadException notADataFile(String name) {
        return new ExportReadException(name, "not a billing export data file: expected .csv.gz, .csv.zip, .csv or"
                + " .parquet", null);
    }
}
