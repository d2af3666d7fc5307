package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetColumnCursorTest {

    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType(
            "message cur { required double line_item_unblended_cost; }");

    /** Encodings that exist but cannot hold doubles: a writer's mistake or a hostile file, never a guessed value. */
    @ParameterizedTest
    @EnumSource(value = Encoding.class, names = {"BIT_PACKED", "RLE", "DELTA_BINARY_PACKED", "DELTA_BYTE_ARRAY",
            "DELTA_LENGTH_BYTE_ARRAY"})
    void anEncodingTheColumnsTypeCannotHaveIsRefusedNamingColumnAndEncoding(Encoding encoding) {
        ColumnDescriptor column = SCHEMA.getColumnDescription(new String[] {"line_item_unblended_cost"});
        PrimitiveType type = column.getPrimitiveType();
        PageReader pages = onePage(new DataPageV1(BytesInput.from(new byte[8]), 1, 8,
                Statistics.createStats(type), Encoding.RLE, Encoding.RLE, encoding));

        var refused = assertThrows(ParquetColumnCursor.UnreadableEncoding.class, () -> new ParquetColumnCursor(column,
                pages, new ParquetValues.MoneyConverter(CurColumn.UNBLENDED_COST, type)));
        assertEquals("column line_item_unblended_cost is written in the " + encoding + " encoding, which Parquet does"
                + " not define for DOUBLE values (cloudspend reads PLAIN, dictionary, DELTA_*, BYTE_STREAM_SPLIT and,"
                + " for booleans, RLE)", refused.getMessage());
    }

    private static PageReader onePage(DataPage page) {
        return new PageReader() {
            private boolean read;

            @Override
            public DictionaryPage readDictionaryPage() {
                return null;
            }

            @Override
            public long getTotalValueCount() {
                return page.getValueCount();
            }

            @Override
            public DataPage readPage() {
                if (read) {
                    return null;
                }
                read = true;
                return page;
            }
        };
    }
}
