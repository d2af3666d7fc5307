package org.cloudspend.cur.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.RequiresPreviousReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Reads one column of a row group, entry by entry, into a converter: the same walk as parquet-java's
 * {@code ColumnReader}, but each page's repetition levels, definition levels and dictionary ids are unpacked at once
 * into arrays (parquet-java decodes them one value at a time through a state machine, half of the reading time on
 * AWS's files), so that stepping to the next entry only moves an index. PLAIN values are read straight from the page;
 * the rarer encodings (DELTA_*, BYTE_STREAM_SPLIT, RLE booleans) go through parquet-java's own values readers.
 * The converter gets each column chunk's dictionary once, then ids. Only the current page is held.
 */
final class ParquetColumnCursor {

    /** Entries decoded at once: small enough to stay in the CPU's cache, large enough to run in tight loops. */
    private static final int BATCH = 1024;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ColumnDescriptor descriptor;
    private final PageReader pages;
    private final ParquetValues.RowConverter converter;
    private final PrimitiveTypeName type;
    private final int maxRepetition;
    private final int maxDefinition;
    private final long total;
    private final boolean hasDictionary;
    private long consumed;

    /** Entries of the current page not yet decoded into a batch. */
    private int pageLeft;
    private RleBitPackedHybrid repetitionLevels;
    private RleBitPackedHybrid definitionLevels;
    private RleBitPackedHybrid dictionaryIds;
    /** Where the levels of a V1 page that {@link #levels} last read end. */
    private int levelsEnd;

    /** The current batch of entries, decoded together. */
    private final int[] repetition = new int[BATCH + 8];
    private final int[] definition = new int[BATCH + 8];
    /**
     * The definition level of every entry of the batch when one run gives them all (often: optional columns that are
     * empty for most line items), else -1 and they are in {@link #definition}.
     */
    private int batchDefinition;
    private final int[] ids = new int[BATCH + 8];
    private int batchEntries;
    private int entry;

    private ValueMode mode;
    private int valueIndex;
    private byte[] data;
    private int position;
    private int dataEnd;
    private int booleanIndex;
    private ValuesReader values;

    private enum ValueMode { DICTIONARY, PLAIN, OTHER }

    ParquetColumnCursor(ColumnDescriptor descriptor, PageReader pages, ParquetValues.RowConverter converter) {
        this.descriptor = descriptor;
        this.pages = pages;
        this.converter = converter;
        this.type = descriptor.getPrimitiveType().getPrimitiveTypeName();
        this.maxRepetition = descriptor.getMaxRepetitionLevel();
        this.maxDefinition = descriptor.getMaxDefinitionLevel();
        this.total = pages.getTotalValueCount();
        DictionaryPage dictionaryPage = pages.readDictionaryPage();
        this.hasDictionary = dictionaryPage != null;
        if (dictionaryPage != null) {
            try {
                converter.setDictionary(dictionaryPage.getEncoding().initDictionary(descriptor, dictionaryPage));
            } catch (IOException e) {
                throw new ParquetDecodingException("could not read the dictionary of " + column(), e);
            }
        }
        if (total > 0) {
            nextBatch();
        }
    }

    /** Entries (values and nulls, all rows' map entries) in this column chunk. */
    long totalValueCount() {
        return total;
    }

    int repetitionLevel() {
        return maxRepetition == 0 ? 0 : repetition[entry];
    }

    int definitionLevel() {
        return batchDefinition >= 0 ? batchDefinition : definition[entry];
    }

    /**
     * Passes the current entry's value to the converter. Call it for every entry whose definition level is the maximum
     * (and only for those) before {@link #consume()}: values are read in order.
     */
    void writeValue() {
        switch (mode) {
            case DICTIONARY -> converter.addValueFromDictionary(ids[valueIndex++]);
            case PLAIN -> writePlain();
            case OTHER -> writeOther();
        }
    }

    /**
     * For a column without repetition: passes the values of the next {@code n} rows on into {@code rows[0, n)}, a run
     * of dictionary ids at a time where the converter takes ids.
     *
     * @throws RowProblem for an unreadable value, whose row is then the converter's {@code row}
     */
    void readFlatRows(RowValues[] rows, int n) {
        int done = 0;
        while (done < n) {
            int run = Math.min(n - done, batchEntries - entry);
            // a run of nulls only (one level below the maximum for the whole batch) has no values to pass on
            if (batchDefinition < 0 || batchDefinition == maxDefinition) {
                // with every entry defined the levels need no look (a level to compare with of 0)
                int defined = batchDefinition == maxDefinition ? 0 : maxDefinition;
                if (mode == ValueMode.DICTIONARY) {
                    valueIndex = converter.fromDictionary(rows, done, run, definition, entry, defined, ids,
                            valueIndex);
                } else {
                    for (int i = 0; i < run; i++) {
                        if (defined == 0 || definition[entry + i] == defined) {
                            converter.row = rows[done + i];
                            writeValue();
                        }
                    }
                }
            }
            done += run;
            entry += run;
            consumed += run;
            if (entry == batchEntries && consumed < total) {
                nextBatch();
            }
        }
    }

    /** The row of the value last passed on one at a time (the row of an unreadable one). */
    RowValues converterRow() {
        return converter.row;
    }

    /** Steps to the next entry. */
    void consume() {
        entry++;
        consumed++;
        if (entry == batchEntries && consumed < total) {
            nextBatch();
        }
    }

    private void writePlain() {
        switch (type) {
            case BINARY -> {
                int length = readInt();
                converter.addBytes(data, take(length), length);
            }
            case INT32 -> converter.addInt(readInt());
            case INT64 -> converter.addLong((long) LONG.get(data, take(8)));
            case DOUBLE -> converter.addDouble(Double.longBitsToDouble((long) LONG.get(data, take(8))));
            case FLOAT -> converter.addFloat(Float.intBitsToFloat(readInt()));
            case BOOLEAN -> {
                converter.addBoolean(((data[position + (booleanIndex >>> 3)] >>> (booleanIndex & 7)) & 1) == 1);
                booleanIndex++;
            }
            case INT96 -> converter.addBinary(Binary.fromConstantByteArray(data, take(12), 12));
            case FIXED_LEN_BYTE_ARRAY -> {
                int length = descriptor.getPrimitiveType().getTypeLength();
                converter.addBinary(Binary.fromConstantByteArray(data, take(length), length));
            }
        }
    }

    private void writeOther() {
        switch (type) {
            case BINARY, FIXED_LEN_BYTE_ARRAY, INT96 -> converter.addBinary(values.readBytes());
            case INT32 -> converter.addInt(values.readInteger());
            case INT64 -> converter.addLong(values.readLong());
            case DOUBLE -> converter.addDouble(values.readDouble());
            case FLOAT -> converter.addFloat(values.readFloat());
            case BOOLEAN -> converter.addBoolean(values.readBoolean());
        }
    }

    private int readInt() {
        return (int) INT.get(data, take(4));
    }

    /** Moves past {@code length} bytes of PLAIN values and returns where they start. */
    private int take(int length) {
        int start = position;
        if (length < 0 || start + length > dataEnd) {
            throw new ParquetDecodingException("the values of " + column() + " end early (a value of " + length
                    + " bytes at " + start + " of a page ending at " + dataEnd + ")");
        }
        position = start + length;
        return start;
    }

    private void nextBatch() {
        while (pageLeft == 0) {
            readPage();
        }
        int n = Math.min(BATCH, pageLeft);
        pageLeft -= n;
        if (maxRepetition > 0) {
            repetitionLevels.read(repetition, 0, n);
        }
        int defined = n;
        batchDefinition = maxDefinition == 0 ? 0 : definitionLevels.repeatedFor(n);
        if (batchDefinition < 0) {
            definitionLevels.read(definition, 0, n);
            defined = 0;
            for (int i = 0; i < n; i++) {
                if (definition[i] == maxDefinition) {
                    defined++;
                }
            }
        } else if (batchDefinition < maxDefinition) {
            defined = 0;
        }
        if (mode == ValueMode.DICTIONARY) {
            dictionaryIds.read(ids, 0, defined);
        }
        valueIndex = 0;
        entry = 0;
        batchEntries = n;
    }

    private void readPage() {
        DataPage page = pages.readPage();
        if (page == null) {
            throw new ParquetDecodingException(column() + " has " + consumed + " of its " + total + " values");
        }
        booleanIndex = 0;
        try {
            if (page instanceof DataPageV1 v1) {
                readPage(v1);
            } else {
                readPage((DataPageV2) page);
            }
        } catch (IOException e) {
            throw new ParquetDecodingException("could not read a page of " + column(), e);
        }
    }

    private void readPage(DataPageV1 page) throws IOException {
        Bytes bytes = Bytes.of(page.getBytes());
        int count = page.getValueCount();
        int at = bytes.from;
        if (maxRepetition > 0) {
            repetitionLevels = levels(bytes, at, page.getRlEncoding(), maxRepetition, count);
            at = levelsEnd;
        }
        if (maxDefinition > 0) {
            definitionLevels = levels(bytes, at, page.getDlEncoding(), maxDefinition, count);
            at = levelsEnd;
        }
        startValues(page.getValueEncoding(), bytes.array, at, bytes.end, count);
        pageLeft = count;
    }

    private void readPage(DataPageV2 page) throws IOException {
        int count = page.getValueCount();
        if (maxRepetition > 0) {
            Bytes levels = Bytes.of(page.getRepetitionLevels());
            repetitionLevels = RleBitPackedHybrid.hybrid(levels.array, levels.from, levels.end,
                    bitWidth(maxRepetition), column());
        }
        if (maxDefinition > 0) {
            Bytes levels = Bytes.of(page.getDefinitionLevels());
            definitionLevels = RleBitPackedHybrid.hybrid(levels.array, levels.from, levels.end,
                    bitWidth(maxDefinition), column());
        }
        Bytes values = Bytes.of(page.getData());
        startValues(page.getDataEncoding(), values.array, values.from, values.end, count - page.getNullCount());
        pageLeft = count;
    }

    /** Prepares the values of a page; {@code valueCount} counts its non-null values (V1: an upper bound). */
    private void startValues(Encoding encoding, byte[] bytes, int at, int end, int valueCount) throws IOException {
        if (encoding == Encoding.RLE_DICTIONARY || encoding == Encoding.PLAIN_DICTIONARY) {
            if (!hasDictionary) {
                throw new ParquetDecodingException(column() + " has dictionary-encoded values but no dictionary");
            }
            mode = ValueMode.DICTIONARY;
            // a page of nulls only may have no ids at all
            int width = at < end ? bytes[at] : 0;
            dictionaryIds = RleBitPackedHybrid.hybrid(bytes, Math.min(at + 1, end), end, width, column());
        } else if (encoding == Encoding.PLAIN) {
            mode = ValueMode.PLAIN;
            data = bytes;
            position = at;
            dataEnd = end;
        } else {
            mode = ValueMode.OTHER;
            ValuesReader reader;
            try {
                reader = encoding.getValuesReader(descriptor, ValuesType.VALUES);
            } catch (RuntimeException e) {
                throw new UnreadableEncoding(column() + " is written in the " + encoding + " encoding, which Parquet"
                        + " does not define for " + type + " values (cloudspend reads PLAIN, dictionary, DELTA_*,"
                        + " BYTE_STREAM_SPLIT and, for booleans, RLE)", e);
            }
            if (reader instanceof RequiresPreviousReader sequential && values != null) {
                // DELTA_BYTE_ARRAY pages of old writers continue from the previous page's last value
                sequential.setPreviousReader(values);
            }
            reader.initFromPage(valueCount, ByteBufferInputStream.wrap(ByteBuffer.wrap(bytes, at, end - at)));
            values = reader;
        }
    }

    /** The levels of a V1 page starting at {@code at}; sets {@link #levelsEnd} to where they end. */
    private RleBitPackedHybrid levels(Bytes bytes, int at, Encoding encoding, int maxLevel, int count) {
        int width = bitWidth(maxLevel);
        if (encoding == Encoding.RLE) {
            if (at + 4 > bytes.end) {
                throw new ParquetDecodingException("the levels of " + column() + " are missing");
            }
            int length = (int) INT.get(bytes.array, at);
            int start = at + 4;
            if (length < 0 || start + length > bytes.end) {
                throw new ParquetDecodingException("the levels of " + column() + " end early");
            }
            levelsEnd = start + length;
            return RleBitPackedHybrid.hybrid(bytes.array, start, start + length, width, column());
        }
        if (encoding == Encoding.BIT_PACKED) {
            levelsEnd = at + RleBitPackedHybrid.bitPackedLength(count, width);
            if (levelsEnd > bytes.end) {
                throw new ParquetDecodingException("the levels of " + column() + " end early");
            }
            return RleBitPackedHybrid.bitPacked(bytes.array, at, count, width, column());
        }
        throw new ParquetDecodingException(column() + " has levels in " + encoding + ", which Parquet does not define");
    }

    /** A page's bytes without copying them when they already are in an array. */
    private record Bytes(byte[] array, int from, int end) {
        static Bytes of(BytesInput input) throws IOException {
            ByteBuffer buffer = input.toByteBuffer();
            if (buffer.hasArray()) {
                int from = buffer.arrayOffset() + buffer.position();
                return new Bytes(buffer.array(), from, from + buffer.remaining());
            }
            byte[] copy = new byte[buffer.remaining()];
            buffer.get(copy);
            return new Bytes(copy, 0, copy.length);
        }
    }

    private static int bitWidth(int maxLevel) {
        return 32 - Integer.numberOfLeadingZeros(maxLevel);
    }

    private String column() {
        return "column " + String.join(".", descriptor.getPath());
    }

    /** A page whose values are in an encoding that cannot hold its column's type: the file is refused, never guessed. */
    static final class UnreadableEncoding extends ParquetDecodingException {
        private static final long serialVersionUID = 1L;

        UnreadableEncoding(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
