package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.cloudspend.api.export.Money;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void amountsAreExactPlainDecimals() throws IOException {
        long[] amounts = {0, 1, -1, 10_000_000_000L, 12_300_000_000L, -5_000_000_000L, 1_234_567_890_123L,
                Long.MAX_VALUE, Long.MIN_VALUE};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRows rows = new CsvRows(out);
        for (long amount : amounts) {
            rows.scaled(amount);
        }
        rows.endRow();
        rows.flush();
        String[] written = out.toString(StandardCharsets.UTF_8).trim().split(",");
        assertEquals("0,0.0000000001,-0.0000000001,1,1.23,-0.5,123.4567890123", String.join(",",
                java.util.Arrays.copyOf(written, 7)));
        for (int i = 0; i < amounts.length; i++) {
            assertEquals(0, BigDecimal.valueOf(amounts[i], Money.SCALE).compareTo(new BigDecimal(written[i])),
                    written[i]);
        }
    }

    @Test
    void repeatedAmountsAreWrittenAlikeAcrossFlushes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRows rows = new CsvRows(out);
        StringBuilder expected = new StringBuilder();
        // enough rows to flush the megabyte buffer several times, between and within rows of equal amounts
        for (int row = 0; row < 100_000; row++) {
            long amount = row % 3 == 0 ? -12_345_000_000L : row * 7_000_000_001L;
            for (int measure = 0; measure < 4; measure++) {
                rows.scaled(amount);
                expected.append(BigDecimal.valueOf(amount, Money.SCALE).stripTrailingZeros().toPlainString())
                        .append(measure < 3 ? ',' : '\n');
            }
            rows.endRow();
        }
        rows.flush();
        assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textIsQuotedOnlyWhenItMustBe() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRows rows = new CsvRows(out);
        for (String text : new String[] {"plain", "", "a,b", "say \"hi\"", "two\nlines", "caf\u00e9", "tab\there",
                "\u4e2d\u6587,x", "cr\r"}) {
            rows.text(text);
        }
        rows.number(42);
        rows.endRow();
        rows.flush();
        assertEquals("plain,\"\",\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",caf\u00e9,tab\there,\"\u4e2d\u6587,x\","
                + "\"cr\r\",42\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
