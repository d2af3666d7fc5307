package org.cloudspend.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer ready to be written in any format: typed rows under named columns, the figures a script reads beside the
 * rows (its {@link #summary()}: the range, the total, the currency), and the notes a person reads under a table.
 */
public final class Rendering {

    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String empty = "";

    public Rendering(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row, a cell per column in their order; {@code null} is a cell without a value. */
    public Rendering row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells under " + columns.size()
                    + " columns");
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(cells.clone())));
        return this;
    }

    /**
     * A figure of the whole answer, for JSON ({@code total}, {@code currency}, {@code from}); a value may be a
     * {@link Map} of more figures.
     */
    public Rendering summary(String key, Object value) {
        summary.put(key, value);
        return this;
    }

    /** A line a table prints under its rows. */
    public Rendering note(String line) {
        notes.add(line);
        return this;
    }

    /** What a table says instead when there are no rows ({@code No configuration errors.}); empty prints the header. */
    public Rendering whenEmpty(String sentence) {
        this.empty = sentence;
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public Map<String, Object> summary() {
        return Collections.unmodifiableMap(summary);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public String whenEmpty() {
        return empty;
    }
}
