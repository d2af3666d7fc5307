package org.cloudspend.shell.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.render.Cents;
import org.cloudspend.render.Column;
import org.cloudspend.render.CsvOutput;
import org.cloudspend.render.JsonOutput;
import org.cloudspend.render.Precision;
import org.cloudspend.render.Rendering;

/** Prints a rendering as a table (for people), CSV or JSON (for scripts), as the command's --format says. */
final class Output {

    static final String FORMATS = "table (default), csv or json";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Output() {
    }

    static void print(Rendering rendering, String format, Precision precision, PrintStream out) {
        switch (format(format)) {
            case "table" -> table(rendering, precision, out);
            case "csv" -> out.print(CsvOutput.write(rendering));
            default -> out.println(JsonOutput.write(rendering));
        }
    }

    /** The format named, checked: table, csv or json. */
    static String format(String format) {
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(name)) {
            throw new IllegalArgumentException("Unknown format '" + format + "': use table, csv or json");
        }
        return name;
    }

    /** cents or full, checked. */
    static Precision precision(String precision) {
        return switch (precision.trim().toLowerCase(Locale.ROOT)) {
            case "cents" -> Precision.CENTS;
            case "full" -> Precision.FULL;
            default -> throw new IllegalArgumentException("Unknown precision '" + precision
                    + "': use cents (amounts as people read them) or full (every decimal stored)");
        };
    }

    /**
     * The rows under their headers, amounts and counts right-aligned (amounts of one column with as many decimals, so
     * that their points align), then the notes; long texts are never cut.
     */
    static void table(Rendering rendering, Precision precision, PrintStream out) {
        if (rendering.rows().isEmpty() && !rendering.whenEmpty().isEmpty()) {
            out.println(rendering.whenEmpty());
            rendering.notes().forEach(out::println);
            return;
        }
        List<Integer> shown = new ArrayList<>();
        ShellTable table = new ShellTable();
        for (int i = 0; i < rendering.columns().size(); i++) {
            Column column = rendering.columns().get(i);
            if (column.inTable()) {
                shown.add(i);
                Col col = table.column(column.title());
                if (column.kind() == Column.Kind.AMOUNT || column.kind() == Column.Kind.COUNT
                        || column.kind() == Column.Kind.DECIMAL) {
                    col.alignRight();
                }
            }
        }
        int[] decimals = decimals(rendering, precision);
        for (List<Object> row : rendering.rows()) {
            List<Object> cells = new ArrayList<>(shown.size());
            for (int i : shown) {
                cells.add(cell(rendering.columns().get(i), row.get(i), precision, decimals[i]));
            }
            table.addRow().addContent(cells);
        }
        table.print(out);
        rendering.notes().forEach(out::println);
    }

    /** The decimals each amount column shows: 2 in cents, else the most any of its amounts has. */
    private static int[] decimals(Rendering rendering, Precision precision) {
        int[] decimals = new int[rendering.columns().size()];
        for (int i = 0; i < decimals.length; i++) {
            decimals[i] = 2;
            if (precision == Precision.FULL && rendering.columns().get(i).kind() == Column.Kind.AMOUNT) {
                for (List<Object> row : rendering.rows()) {
                    if (row.get(i) instanceof BigDecimal amount) {
                        decimals[i] = Math.max(decimals[i], amount.scale());
                    }
                }
            }
        }
        return decimals;
    }

    private static String cell(Column column, Object value, Precision precision, int decimals) {
        if (value == null) {
            return column.absent();
        }
        return switch (column.kind()) {
            case AMOUNT -> precision == Precision.CENTS ? Cents.format((BigDecimal) value)
                    // more decimals are zeros, exact: every amount of the column aligns on its point
                    : Cents.format(((BigDecimal) value).setScale(decimals), Precision.FULL);
            case COUNT -> String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case MONTH -> ((LocalDate) value).toString().substring(0, 7);
            case TIME -> TIME.format((Instant) value);
            default -> value.toString();
        };
    }
}
