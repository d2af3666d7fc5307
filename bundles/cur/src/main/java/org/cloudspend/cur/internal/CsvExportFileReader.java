package org.cloudspend.cur.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * Columns may come in any order and new ones are ignored; a row may have fewer fields than the header (the missing
 * trailing fields are empty) but never more.
 */
final class CsvExportFileReader {

    private static final int BUFFER = 64 * 1024;

    private final TagNormalizer normalizer;

    CsvExportFileReader(TagNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    ReadSummary read(Path file, LineItemSink sink) throws ExportReadException {
        String name = file.getFileName().toString();
        CsvRowHandler handler = new CsvRowHandler(normalizer);
        LineItemAssembler assembler = new LineItemAssembler(handler.row(), handler::nameOf);
        Map<CostMeasure, ExactSum> sums = new EnumMap<>(CostMeasure.class);
        for (CostMeasure measure : CostMeasure.values()) {
            sums.put(measure, new ExactSum());
        }
        long rows = 0;
        boolean headerSeen = false;
        try (Reader text = utf8(open(file));
                CsvReader<RowValues> csv = CsvReader.builder()
                        .allowMissingFields(true)
                        .allowExtraFields(true)
                        .skipEmptyLines(true)
                        .build(handler, text)) {
            for (RowValues ignored : csv) {
                if (handler.takeHeaderFlag()) {
                    headerSeen = true;
                    checkRequiredColumns(name, handler);
                    continue;
                }
                long row = rows + 1;
                if (handler.problem() != null) {
                    throw problem(name, row, handler.problem());
                }
                ParsedLineItem item;
                try {
                    item = assembler.assemble();
                } catch (RowProblem e) {
                    throw problem(name, row, e);
                }
                sink.accept(item);
                for (CostMeasure measure : CostMeasure.values()) {
                    sums.get(measure).add(item.costScaled(measure));
                }
                rows = row;
            }
        } catch (UncheckedIOException e) {
            throw unreadable(name, rows, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, rows, e);
        } catch (CsvParseException e) {
            throw new ExportReadException(name, rows + 1, null, "not valid CSV: " + rootMessage(e), e);
        }
        if (!headerSeen) {
            throw new ExportReadException(name, "the file is empty: no header row", null);
        }
        Map<CostMeasure, java.math.BigDecimal> totals = new EnumMap<>(CostMeasure.class);
        sums.forEach((measure, sum) -> totals.put(measure, sum.total()));
        return new ReadSummary(name, rows, totals, handler.tagKeys());
    }

    private static void checkRequiredColumns(String name, CsvRowHandler handler) throws ExportReadException {
        for (CurColumn column : CurColumn.values()) {
            if (column.required && !handler.hasColumn(column)) {
                throw new ExportReadException(name, 0, handler.nameOf(column),
                        "a required column is missing (the header has " + handler.width() + " columns)", null);
            }
        }
    }

    /** Decompresses by the file's name; a file that is not what its name says fails when read. */
    static InputStream open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        InputStream raw = Files.newInputStream(file);
        try {
            if (name.endsWith(".gz")) {
                return new GZIPInputStream(raw, BUFFER);
            }
            if (name.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(new BufferedInputStream(raw, BUFFER));
                if (zip.getNextEntry() == null) {
                    throw new ZipException("the zip archive holds no file");
                }
                return zip;
            }
            return new BufferedInputStream(raw, BUFFER);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static ExportReadException problem(String name, long row, RowProblem problem) {
        return new ExportReadException(name, row, problem.column, problem.getMessage(), null);
    }

    private static ExportReadException unreadable(String name, long rowsRead, Throwable cause) {
        String what;
        if (cause instanceof EOFException) {
            what = "the file ends early: it is truncated";
        } else if (cause instanceof ZipException) {
            what = "the compressed data is corrupt (" + cause.getMessage() + ")";
        } else if (cause instanceof CharacterCodingException) {
            what = "the text is not UTF-8";
        } else {
            what = "it cannot be read (" + cause + ")";
        }
        return new ExportReadException(name, rowsRead + 1, null, what + ", after " + rowsRead + " rows", cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
