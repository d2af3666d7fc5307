package org.cloudspend.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvOutputTest {

    @Test
    void anyTextReadsBackAsItWasAndAmountsKeepEveryDecimal() {
        List<String> values = List.of("plain", "a, comma", "a \"quote\"", "\"", ",", "two\nlines", "cr\r\nlf", "",
                "  spaced  ", "ünïcödé €");
        Rendering rendering = new Rendering(List.of(Column.of("tag:team", "Team", Column.Kind.TEXT),
                Column.of("cost", "Cost", Column.Kind.AMOUNT), Column.of("day", "Day", Column.Kind.DAY)));
        for (String value : values) {
            rendering.row(value, new BigDecimal("-1234.5678901234"), LocalDate.of(2026, 11, 30));
        }
        List<List<String>> read = read(CsvOutput.write(rendering));
        assertEquals(List.of("tag:team", "cost", "day"), read.get(0));
        for (int i = 0; i < values.size(); i++) {
            assertEquals(List.of(values.get(i), "-1234.5678901234", "2026-11-30"), read.get(i + 1));
        }
        assertEquals(values.size() + 1, read.size());
    }

    /** An RFC 4180 reader written apart from the writer, to check it. */
    private static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
