package org.cloudspend.cur.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits RFC 4180 CSV bytes into records and fields without decoding them to characters first: a field is handed over
 * as a range of the buffer, and only the fields a reader keeps are ever turned into Strings. Handles quoted fields with
 * {@code ""} escapes and line breaks, LF and CRLF line ends, a UTF-8 byte order mark, and records that cross buffers.
 * From a {@link ReadAheadInputStream} it takes the chunks with their stops ({@link CsvStops}), found on the read-ahead
 * thread, and looks the fields' ends up there rather than going over every byte.
 */
final class CsvScanner {

    /** Receives the fields of each record. */
    interface Fields {
        /**
         * Starts a record; returns which fields to pass on (by index; fields past its end are all passed on), or null
         * for every field.
         */
        boolean[] beginRecord();

        /**
         * One field: {@code length} bytes of {@code buf} from {@code offset}, quotes already removed and {@code ""}
         * already turned into {@code "}.
         */
        void field(int index, byte[] buf, int offset, int length);

        /** The record is complete; returns false to stop scanning. */
        boolean endRecord();

        /**
         * The fields (by index) whose quoted values are passed on to {@link #quotedField} as they are, their
         * {@code ""} not turned into {@code "} (a reader that parses them can do so itself and spare a copy); asked
         * whenever {@link #beginRecord} answers with other flags. Null for none.
         */
        default boolean[] keptQuoted() {
            return null;
        }

        /** A quoted field of a column in {@link #keptQuoted}: its bytes between the quotes, {@code ""} as they are. */
        default void quotedField(int index, byte[] buf, int offset, int length) {
            throw new UnsupportedOperationException("field " + index + " is not kept quoted");
        }

        /**
         * Offers a quoted field of a column in {@link #keptQuoted} to be read where it stands, before its end is known,
         * so that its bytes are gone over once: {@code from} is its first byte after the opening quote and the bytes at
         * hand end at {@code limit}. Returns where the reader found its text to end, having passed it on as
         * {@link #quotedField} would and having read every quote before that as one of a doubled pair; the scanner
         * takes that as the field when a lone quote and then a separator stand there. Else (or on -1) the scanner finds the field's end and calls {@link #quotedField} with it, so a
         * reader must not mind reading the same field twice.
         */
        default int quotedFieldInPlace(int index, byte[] buf, int from, int limit) {
            return -1;
        }
    }

    private static final int BUFFER = 1 << 20;

    /**
     * The longest record read unless configured otherwise: AWS's longest, with hundreds of tag columns, take tens of
     * kilobytes; a quoted field that never closes would otherwise be held whole, up to the heap's end.
     */
    static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

    /** Takes the fields nobody asked for. */
    private static final Fields IGNORED = new Fields() {
        @Override
        public boolean[] beginRecord() {
            return null;
        }

        @Override
        public void field(int index, byte[] buf, int offset, int length) {
        }

        @Override
        public boolean endRecord() {
            return true;
        }
    };

    /** The bytes that end a field. */
    private static final boolean[] FIELD_END = new boolean[256];

    static {
        FIELD_END[','] = true;
        FIELD_END['\n'] = true;
        FIELD_END['\r'] = true;
    }

    /** Where {@link #indexedFrom} is when no stops are known. */
    private static final int NOT_INDEXED = Integer.MAX_VALUE;

    private final InputStream in;
    /** The source's own chunks, parsed where they are, when it reads ahead; else null. */
    private final ReadAheadInputStream chunks;
    /** The wanted flags the runs below were counted for (at first none: the first record counts them). */
    private boolean[] runsFor = new boolean[0];
    /** How many unwanted fields follow from each index on (0 for a wanted one). */
    private int[] unwantedRun = new int[0];
    /** The fields kept quoted (see {@link Fields#keptQuoted}), or null. */
    private boolean[] keptQuoted;
    private byte[] buf;
    /** The chunk whose array {@link #buf} is, or null for a buffer of the scanner's own. */
    private ReadAheadInputStream.Chunk chunk;
    /**
     * The positions of the CSV stops of {@link #buf} from {@link #indexedFrom} on, found by the read-ahead thread, and
     * after them {@link Integer#MAX_VALUE}.
     */
    private int[] stops;
    private int stopCount;
    /** The first of {@link #stops} not yet passed. */
    private int stopAt;
    private final int maxRecordBytes;
    private int indexedFrom = NOT_INDEXED;
    private int start;
    private int end;
    private boolean eof;
    private boolean first = true;

    CsvScanner(InputStream in) {
        this(in, BUFFER);
    }

    /** With a buffer of the given size (it grows for longer records); tests use tiny ones to cross every boundary. */
    CsvScanner(InputStream in, int bufferSize) {
        this(in, bufferSize, DEFAULT_MAX_RECORD_BYTES);
    }

    private CsvScanner(InputStream in, int bufferSize, int maxRecordBytes) {
        this.in = in;
        this.chunks = in instanceof ReadAheadInputStream readAhead ? readAhead : null;
        this.buf = new byte[bufferSize];
        this.maxRecordBytes = maxRecordBytes;
    }

    /** A scanner that fails a record longer than {@code maxRecordBytes} instead of holding it. */
    static CsvScanner withMaxRecord(InputStream in, int maxRecordBytes) {
        return new CsvScanner(in, BUFFER, maxRecordBytes);
    }

    /**
     * Scans every record; empty lines are skipped.
     *
     * @throws IOException from the stream, or a {@link MalformedCsvException} for a quoted field that never ends
     */
    void scan(Fields fields) throws IOException {
        while (true) {
            if (!ensure(1)) {
                return;
            }
            if (first) {
                first = false;
                skipByteOrderMark();
                if (!ensure(1)) {
                    return;
                }
            }
            byte b = buf[start];
            if (b == '\n' || b == '\r') {
                start++;
                continue;
            }
            if (!record(fields, fields.beginRecord())) {
                return;
            }
        }
    }

    private boolean record(Fields fields, boolean[] wanted) throws IOException {
        if (wanted != runsFor) {
            countUnwantedRuns(wanted);
            keptQuoted = fields.keptQuoted();
        }
        int index = 0;
        while (true) {
            if (index < unwantedRun.length && unwantedRun[index] > 1) {
                // a billing export skips a hundred-odd columns per row: pass over most of them in one tight loop
                index += skipUnquoted(unwantedRun[index] - 1);
            }
            Fields target = wanted == null || index >= wanted.length || wanted[index] ? fields : IGNORED;
            int fieldEnd = unquotedField(target, index);
            if (fieldEnd < 0) {
                if (target == IGNORED) {
                    fieldEnd = quotedFieldAsItIs(target, index);
                } else if (keptQuoted != null && index < keptQuoted.length && keptQuoted[index]) {
                    fieldEnd = keptQuotedField(target, index);
                } else {
                    fieldEnd = quotedField(target, index);
                }
            }
            // fieldEnd points at the separator, the line end, or the end of the data
            if (fieldEnd >= end) {
                start = end;
                return fields.endRecord();
            }
            byte separator = buf[fieldEnd];
            start = fieldEnd + 1;
            if (separator == ',') {
                index++;
                if (start >= end && !ensure(1)) {
                    // a trailing comma at the very end of the data: one more, empty field
                    fields.field(index, buf, start, 0);
                    return fields.endRecord();
                }
                continue;
            }
            if (separator == '\r' && ensure(1) && buf[start] == '\n') {
                start++;
            }
            return fields.endRecord();
        }
    }

    private void countUnwantedRuns(boolean[] wanted) {
        runsFor = wanted;
        unwantedRun = new int[wanted == null ? 0 : wanted.length];
        for (int i = unwantedRun.length - 1; i >= 0; i--) {
            unwantedRun[i] = wanted[i] ? 0 : 1 + (i + 1 < unwantedRun.length ? unwantedRun[i + 1] : 0);
        }
    }

    /**
     * Passes over up to {@code count} unquoted fields ended by a comma, within the buffer; stops early at a quote, a
     * line end or the end of the buffer, which the field-by-field path then handles. Returns the fields passed over.
     */
    private int skipUnquoted(int count) {
        if (start >= indexedFrom) {
            // the chunk's stops tell whether the next ones are all commas: then the run is passed over in one step
            catchUpStops(start);
            int last = stopAt + count - 1;
            if (last < stopCount) {
                int notCommas = 0;
                for (int at = stopAt; at <= last; at++) {
                    notCommas |= buf[stops[at]] ^ ',';
                }
                if (notCommas == 0) {
                    start = stops[last] + 1;
                    stopAt = last + 1;
                    return count;
                }
            }
        }
        int passed = 0;
        int fieldStart = start;
        while (passed < count) {
            int stop = nextStop(fieldStart);
            if (stop >= end || buf[stop] != ',') {
                break;
            }
            passed++;
            fieldStart = stop + 1;
        }
        start = fieldStart;
        return passed;
    }

    /** Scans an unquoted field from {@code start}; returns where it ends, or -1 when the field is quoted. */
    private int unquotedField(Fields fields, int index) throws IOException {
        int i = start;
        while (true) {
            if (i == start && i < end && buf[i] == '"') {
                return -1;
            }
            int stop = nextStop(i);
            while (stop < end && buf[stop] == '"') {
                // a quote inside an unquoted field is text
                stop = nextStop(stop + 1);
            }
            if (stop < end) {
                if (fields != IGNORED) {
                    fields.field(index, buf, start, stop - start);
                }
                return stop;
            }
            int scanned = end - start;
            if (!more()) {
                fields.field(index, buf, start, end - start);
                return end;
            }
            i = start + scanned;
        }
    }

    /**
     * The first CSV stop ({@link CsvStops}) at or after {@code from} among the bytes at hand, or {@link #end}: looked up
     * in the chunk's stops where they are known, else found byte by byte.
     */
    private int nextStop(int from) {
        int i = from;
        for (int bytesEnd = Math.min(end, indexedFrom); i < bytesEnd; i++) {
            if (CsvStops.isStop(buf[i])) {
                return i;
            }
        }
        if (i >= end) {
            return end;
        }
        catchUpStops(i);
        return Math.min(stops[stopAt], end);
    }

    /** Moves on to the first of the chunk's stops at or after {@code position}. */
    private void catchUpStops(int position) {
        // fields are read in order, so that is nearly always the first one not yet passed
        while (stops[stopAt] < position) {
            stopAt++;
        }
    }

    /** Scans a quoted field starting at {@code start} (the opening quote); returns where it ends. */
    private int quotedField(Fields fields, int index) throws IOException {
        int write = start + 1;
        int i = start + 1;
        while (true) {
            if (i >= end) {
                int readAt = i - start;
                int writeAt = write - start;
                if (!more()) {
                    throw new MalformedCsvException("a quoted field does not end before the end of the file");
                }
                i = start + readAt;
                write = start + writeAt;
                continue;
            }
            byte b = buf[i];
            if (b == '"') {
                if (i + 1 >= end) {
                    int readAt = i - start;
                    int writeAt = write - start;
                    if (!more()) {
                        fields.field(index, buf, start + 1, writeAt - 1);
                        return end;
                    }
                    i = start + readAt;
                    write = start + writeAt;
                }
                if (i + 1 < end && buf[i + 1] == '"') {
                    buf[write++] = '"';
                    i += 2;
                    continue;
                }
                fields.field(index, buf, start + 1, write - start - 1);
                int next = i + 1;
                if (next < end && buf[next] != ',' && buf[next] != '\n' && buf[next] != '\r') {
                    throw new MalformedCsvException("text after the closing quote of a field");
                }
                return next;
            }
            if (write == i) {
                // no "" so far: the text is already where it belongs, so only look for the next quote
                do {
                    i++;
                } while (i < end && buf[i] != '"');
                write = i;
            } else {
                buf[write++] = b;
                i++;
            }
        }
    }

    /**
     * A quoted field kept as it stands, starting at {@code start} (the opening quote): read in place when its reader
     * can, else found by its closing quote first; returns where it ends.
     */
    private int keptQuotedField(Fields fields, int index) throws IOException {
        int close = fields.quotedFieldInPlace(index, buf, start + 1, end);
        // the reader read only doubled quotes up to close, so a lone quote there is the field's end
        if (close > start && close + 1 < end && buf[close] == '"' && FIELD_END[buf[close + 1] & 0xff]) {
            return close + 1;
        }
        return quotedFieldAsItIs(fields, index);
    }

    /**
     * Scans a quoted field starting at {@code start} (the opening quote) without unescaping it, for a field nobody
     * wants or one {@link Fields#keptQuoted kept quoted}; returns where it ends.
     */
    private int quotedFieldAsItIs(Fields fields, int index) throws IOException {
        int i = start + 1;
        while (true) {
            while (i < end && buf[i] != '"') {
                i++;
            }
            if (i + 1 >= end) {
                // the quote (or the data) is at the end of the buffer: read on to see what follows it
                int readAt = i - start;
                if (!more()) {
                    if (readAt >= end - start) {
                        throw new MalformedCsvException("a quoted field does not end before the end of the file");
                    }
                    pass(fields, index, start + 1, start + readAt);
                    return end;
                }
                i = start + readAt;
                continue;
            }
            if (buf[i + 1] == '"') {
                i += 2;
                continue;
            }
            pass(fields, index, start + 1, i);
            int next = i + 1;
            if (buf[next] != ',' && buf[next] != '\n' && buf[next] != '\r') {
                throw new MalformedCsvException("text after the closing quote of a field");
            }
            return next;
        }
    }

    private void pass(Fields fields, int index, int from, int to) {
        if (fields != IGNORED) {
            fields.quotedField(index, buf, from, to - from);
        }
    }

    /** Makes at least {@code count} unread bytes available; false at the end of the data. */
    private boolean ensure(int count) throws IOException {
        while (end - start < count) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front (growing the buffer for a record longer than it) and reads more. */
    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        if (chunks != null) {
            return nextChunk();
        }
        int unread = end - start;
        checkRecordLength(unread);
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, unread);
            start = 0;
            end = unread;
        }
        if (end == buf.length) {
            byte[] larger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, larger, 0, end);
            buf = larger;
        }
        int read = in.read(buf, end, buf.length - end);
        if (read < 0) {
            eof = true;
            return false;
        }
        end += read;
        return true;
    }

    /**
     * Goes on in the source's next chunk, where it was decompressed: the unread bytes are put in the room before its
     * data (a record longer than that room is joined in a buffer of its own, with no stops known), so only they are
     * copied.
     */
    private boolean nextChunk() throws IOException {
        ReadAheadInputStream.Chunk next = chunks.take();
        if (next == null) {
            eof = true;
            return false;
        }
        int unread = end - start;
        checkRecordLength(unread);
        byte[] previous = buf;
        ReadAheadInputStream.Chunk previousChunk = chunk;
        if (unread <= next.start()) {
            buf = next.array();
            System.arraycopy(previous, start, buf, next.start() - unread, unread);
            start = next.start() - unread;
            end = next.end();
            chunk = next;
            stops = next.stops();
            stopCount = next.stopCount();
            stopAt = 0;
            indexedFrom = stopCount >= 0 ? next.start() : NOT_INDEXED;
        } else {
            buf = new byte[unread + next.length()];
            System.arraycopy(previous, start, buf, 0, unread);
            System.arraycopy(next.array(), next.start(), buf, unread, next.length());
            chunks.recycle(next);
            start = 0;
            end = buf.length;
            chunk = null;
            indexedFrom = NOT_INDEXED;
        }
        if (previousChunk != null) {
            chunks.recycle(previousChunk);
        }
        return true;
    }

    /** The record under way, {@code unread} bytes so far, may grow no longer. */
    private void checkRecordLength(int unread) throws MalformedCsvException {
        if (unread >= maxRecordBytes) {
            throw new MalformedCsvException("a record is longer than " + (maxRecordBytes >> 10) + " KB"
                    + " (csv.max.record.kilobytes of org.cloudspend.cur): a quoted field that never closes?");
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (ensure(3) && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB && buf[start + 2] == (byte) 0xBF) {
            start += 3;
        }
    }

    /** CSV that cannot be split into fields. */
    static final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedCsvException(String message) {
            super(message);
        }
    }
}
