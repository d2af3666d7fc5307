package org.cloudspend.cur.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import shaded.parquet.org.apache.thrift.TException;
import shaded.parquet.org.apache.thrift.protocol.TCompactProtocol;
import shaded.parquet.org.apache.thrift.protocol.TField;
import shaded.parquet.org.apache.thrift.protocol.TStruct;
import shaded.parquet.org.apache.thrift.transport.TIOStreamTransport;

/**
 * Names an encoding that no Parquet version defines (a writer newer than parquet-java, or a damaged footer):
 * parquet-java fails on such a footer with a bare NullPointerException, its Thrift classes having dropped the number.
 * Only asked after parquet-java refused a footer, so it costs nothing on files that read.
 */
final class UnknownParquetEncodings {

    private static final int TAIL = 8;
    private static final int MAX_FOOTER = 64 * 1024 * 1024;

    private UnknownParquetEncodings() {
    }

    /** What is unknown in the file's footer, naming the column and the encoding number; empty if nothing is. */
    static Optional<String> in(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer tail = read(channel, size - TAIL, TAIL).order(ByteOrder.LITTLE_ENDIAN);
            int length = tail.getInt(0);
            if (tail.getInt(4) != 0x31524150 || length <= 0 || length > MAX_FOOTER || length > size - 2 * TAIL) {
                return Optional.empty();
            }
            EncodingRecordingProtocol protocol = new EncodingRecordingProtocol(read(channel, size - TAIL - length,
                    length).array());
            FileMetaData metaData = new FileMetaData();
            metaData.read(protocol);
            if (protocol.unknown.isEmpty()) {
                return Optional.empty();
            }
            List<ColumnChunk> chunks = metaData.getRow_groups().stream().flatMap(group -> group.getColumns().stream())
                    .toList();
            Map.Entry<Integer, Integer> first = protocol.unknown.firstEntry();
            ColumnMetaData column = chunks.get(first.getKey()).getMeta_data();
            return Optional.of("column " + String.join(".", column.getPath_in_schema()) + " is written in encoding"
                    + " number " + first.getValue() + ", which Parquet does not define (cloudspend reads every"
                    + " encoding Parquet defines, PLAIN to BYTE_STREAM_SPLIT)");
        } catch (IOException | TException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ByteBuffer read(SeekableByteChannel channel, long at, int length) throws IOException {
        if (at < 0) {
            throw new IOException("shorter than a Parquet footer");
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        channel.position(at);
        while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
            // reads until full or at the end
        }
        return bytes;
    }

    /**
     * Reads a footer, taking every number where an encoding stands (a column chunk's list of encodings, its pages'
     * encoding statistics) that Parquet's enum does not know, by column chunk, and reading PLAIN in its place so that
     * the rest of the footer reads. Where a number stands is known by the Thrift field ids from the footer's root:
     * FileMetaData.row_groups(4) / RowGroup.columns(1) / ColumnChunk.meta_data(3) / ColumnMetaData.encodings(2), or
     * .../ColumnMetaData.encoding_stats(13) / PageEncodingStats.encoding(2).
     */
    private static final class EncodingRecordingProtocol extends TCompactProtocol {
        private static final List<Short> CHUNK = List.of((short) 4, (short) 1, (short) 3);
        private static final List<Short> ENCODINGS = List.of((short) 4, (short) 1, (short) 3, (short) 2);
        private static final List<Short> STATS_ENCODING = List.of((short) 4, (short) 1, (short) 3, (short) 13,
                (short) 2);

        /** The first unknown number of each column chunk, by the chunk's place in the footer. */
        final TreeMap<Integer, Integer> unknown = new TreeMap<>();
        private final ArrayList<Short> fieldPath = new ArrayList<>();
        private int chunk = -1;

        EncodingRecordingProtocol(byte[] footer) throws TException {
            super(new TIOStreamTransport(new ByteArrayInputStream(footer)));
        }

        @Override
        public TStruct readStructBegin() throws TException {
            if (fieldPath.equals(CHUNK)) {
                chunk++;
            }
            fieldPath.add((short) 0);
            return super.readStructBegin();
        }

        @Override
        public void readStructEnd() throws TException {
            fieldPath.remove(fieldPath.size() - 1);
            super.readStructEnd();
        }

        @Override
        public TField readFieldBegin() throws TException {
            TField field = super.readFieldBegin();
            fieldPath.set(fieldPath.size() - 1, field.id);
            return field;
        }

        @Override
        public int readI32() throws TException {
            int value = super.readI32();
            if ((fieldPath.equals(ENCODINGS) || fieldPath.equals(STATS_ENCODING))
                    && Encoding.findByValue(value) == null) {
                unknown.putIfAbsent(chunk, value);
                return Encoding.PLAIN.getValue();
            }
            return value;
        }
    }
}
