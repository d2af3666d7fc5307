package org.cloudspend.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A rendering as CSV (RFC 4180): a header of the columns' keys, then a line per row with every decimal kept; a field
 * holding a comma, a quote or a line break is quoted, its quotes doubled, so that any value reads back as it was.
 */
public final class CsvOutput {

    private CsvOutput() {
    }

    public static String write(Rendering rendering) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        rendering.columns().forEach(column -> header.add(column.key()));
        line(csv, header);
        for (List<Object> row : rendering.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                fields.add(text(rendering.columns().get(i), row.get(i)));
            }
            line(csv, fields);
        }
        return csv.toString();
    }

    /** A cell as CSV and JSON write it: exact, ISO-8601 for days and times. */
    static String text(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** A field, quoted when it must be. */
    public static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
