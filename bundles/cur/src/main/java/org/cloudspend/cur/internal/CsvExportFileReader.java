package org.cloudspend.cur.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.api.tags.TagNormalizer;

/**
 * Reads one CSV data file of either export family (legacy {@code category/Name} columns with one column per tag, or
 * CUR 2.0 snake_case columns with JSON map columns), gzip, zip or plain, as a stream: memory does not grow with the file.
 * A gzip file is decompressed on a second thread while this one parses. Columns may come in any order and new ones are
 * ignored; a row may have fewer fields than the header (the missing trailing fields are empty) but never more.
 */
final class CsvExportFileReader {

    private static final int BUFFER = 64 * 1024;

    private final TagNormalizer normalizer;
    private final int maxRecordBytes;

    CsvExportFileReader(TagNormalizer normalizer) {
        this(normalizer, CsvScanner.DEFAULT_MAX_RECORD_BYTES);
    }

    CsvExportFileReader(TagNormalizer normalizer, int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
        this.normalizer = normalizer;
    }

    /** @param dailySums whether line items of one daily fact may reach the sink summed ({@link DailyLineItemSums}) */
    ReadSummary read(Path file, LineItemSink sink, boolean dailySums) throws ExportReadException {
        String name = file.getFileName().toString();
        try (InputStream raw = Files.newInputStream(file)) {
            return read(name, raw, sink, dailySums);
        } catch (IOException e) {
            throw unreadable(name, 0, e);
        }
    }

    /** Reads a file's bytes as they come, and closes the stream; the file's {@code name} tells the compression. */
    ReadSummary read(String name, InputStream raw, LineItemSink sink, boolean dailySums) throws ExportReadException {
        Reading reading = new Reading(name, sink, dailySums);
        CsvRowHandler handler = new CsvRowHandler(normalizer, reading::complete);
        reading.assembler = new LineItemAssembler(handler.row(), handler::nameOf);
        try (InputStream in = decompressed(name, raw)) {
            CsvScanner.withMaxRecord(in, maxRecordBytes).scan(handler);
            reading.finish();
        } catch (ExportReadFailure e) {
            throw e.failure;
        } catch (SinkFailure e) {
            // the sink's own failure (a store that failed), not the file's: passed on as it was
            throw e.cause;
        } catch (IllegalArgumentException e) {
            // a value the model refuses (a tag column without a key, say): the file's problem, named
            throw new ExportReadException(name, reading.rows + 1, null, e.getMessage(), e);
        } catch (RowProblem e) {
            // only the header can fail this way
            throw new ExportReadException(name, 0, e.column, "the header " + e.getMessage(), null);
        } catch (CsvScanner.MalformedCsvException e) {
            throw new ExportReadException(name, reading.rows + 1, null, "not valid CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(name, reading.rows, e);
        }
        if (!handler.headerRead()) {
            throw new ExportReadException(name, "the file is empty: no header row", null);
        }
        Map<CostMeasure, BigDecimal> totals = new EnumMap<>(CostMeasure.class);
        for (CostMeasure measure : CostMeasure.values()) {
            totals.put(measure, reading.passed.total(measure));
        }
        return new ReadSummary(name, reading.rows, totals, handler.tagKeys());
    }

    /** The state of one read: rows passed to the sink and their sums. */
    private static final class Reading {
        private final String name;
        private final PassedItems passed;
        private LineItemAssembler assembler;
        private boolean headerChecked;
        private long rows;

        Reading(String name, LineItemSink sink, boolean dailySums) {
            this.name = name;
            this.passed = new PassedItems(item -> SinkFailure.passTo(sink, item),
                    dailySums ? DailyLineItemSums.CAPACITY : 0);
        }

        boolean complete(CsvRowHandler handler) {
            if (!headerChecked) {
                checkRequiredColumns(handler);
                headerChecked = true;
            }
            long row = rows + 1;
            if (handler.problem() != null) {
                throw new ExportReadFailure(problem(row, handler.problem()));
            }
            ParsedLineItem item;
            try {
                item = assembler.assemble();
            } catch (RowProblem e) {
                throw new ExportReadFailure(problem(row, e));
            }
            passed.pass(item);
            rows = row;
            return true;
        }

        /** Passes on the facts still being summed once the file is read. */
        void finish() {
            passed.flush();
        }

        private void checkRequiredColumns(CsvRowHandler handler) {
            for (CurColumn column : CurColumn.values()) {
                if (column.required && !handler.hasColumn(column)) {
                    throw new ExportReadFailure(new ExportReadException(name, 0, handler.nameOf(column),
                            "a required column is missing (the header has " + handler.width() + " columns)", null));
                }
            }
        }

        private ExportReadException problem(long row, RowProblem problem) {
            return new ExportReadException(name, row, problem.column, problem.getMessage(), null);
        }
    }

    /** Carries a read error out of the scanner's callback. */
    private static final class ExportReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final ExportReadException failure;

        ExportReadFailure(ExportReadException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** Decompresses by the file's name; a file that is not what its name says fails when read. */
    private static InputStream decompressed(String fileName, InputStream raw) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            // decompression on the second core, parsing on this one
            return new ReadAheadInputStream(new GZIPInputStream(raw, BUFFER), fileName);
        }
        if (name.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(new BufferedInputStream(raw, BUFFER));
            if (zip.getNextEntry() == null) {
                throw new ZipException("the zip archive holds no file");
            }
            return zip;
        }
        return raw;
    }

    private static ExportReadException unreadable(String name, long rowsRead, IOException cause) {
        String what;
        if (cause instanceof EOFException) {
            what = "the file ends early: it is truncated";
        } else if (cause instanceof ZipException) {
            what = "the compressed data is corrupt (" + cause.getMessage() + ")";
        } else {
            what = "it cannot be read (" + cause + ")";
        }
        return new ExportReadException(name, rowsRead + 1, null, what + ", after " + rowsRead + " rows", cause);
    }
}
