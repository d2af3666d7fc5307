package org.cloudspend.render;

import java.util.Objects;

/**
 * A column of a {@link Rendering}.
 *
 * @param key its name in CSV headers and JSON fields ({@code cost}, {@code tag:environment})
 * @param title its header in a table ({@code Cost (USD)})
 * @param kind what its cells hold, which says how each format writes them
 * @param inTable false for a column a table states elsewhere (the currency, in the amounts' headers)
 * @param absent what a table shows in a cell without a value ({@code new} for a change from nothing)
 */
public record Column(String key, String title, Kind kind, boolean inTable, String absent) {

    /** What a column's cells hold. */
    public enum Kind {
        /** A {@link String}; no value is {@code null}. */
        TEXT,
        /** Money, a {@link java.math.BigDecimal}: cents in a table, every decimal in CSV and JSON. */
        AMOUNT,
        /** Another decimal, a {@link java.math.BigDecimal} (a percentage), written as it is. */
        DECIMAL,
        /** A whole number, a {@link Long} or {@link Integer}: thousands separated in a table. */
        COUNT,
        /** A {@link java.time.LocalDate}. */
        DAY,
        /** A month, as the {@link java.time.LocalDate} of its first day: {@code 2026-11} in a table. */
        MONTH,
        /** An {@link java.time.Instant}: {@code 2026-11-30 08:15:02} (UTC) in a table, ISO-8601 elsewhere. */
        TIME
    }

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(absent, "absent");
    }

    public static Column of(String key, String title, Kind kind) {
        return new Column(key, title, kind, true, "");
    }

    /** The same column, left out of tables. */
    public Column notInTable() {
        return new Column(key, title, kind, false, absent);
    }

    /** The same column, showing that text in a table's cells without a value. */
    public Column absentAs(String text) {
        return new Column(key, title, kind, inTable, text);
    }
}
