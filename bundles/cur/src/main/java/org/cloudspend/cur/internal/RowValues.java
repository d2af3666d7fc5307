package org.cloudspend.cur.internal;

import java.util.Arrays;

/** The values a reader found in one row, by column; reused from row to row. */
final class RowValues {

    private static final int COLUMNS = CurColumn.values().length;

    private final String[] text = new String[COLUMNS];
    private final long[] money = new long[COLUMNS];
    private final boolean[] present = new boolean[COLUMNS];
    /** Date-time columns, as epoch seconds. */
    private final long[] epochSecond = new long[COLUMNS];
    /** Read-only to whoever takes the line item made of this row. */
    final RowLabels tags = new RowLabels();
    final RowLabels costCategories = new RowLabels();

    /** Forgets the row's values (a value's slot is read only while its column is present). */
    void clear() {
        Arrays.fill(present, false);
        tags.reset();
        costCategories.reset();
    }

    void setText(CurColumn column, String value) {
        if (!value.isEmpty()) {
            text[column.ordinal()] = value;
            present[column.ordinal()] = true;
        }
    }

    /** Sets a value known not to be empty. */
    void setPresentText(CurColumn column, String value) {
        text[column.ordinal()] = value;
        present[column.ordinal()] = true;
    }

    void setMoney(CurColumn column, long scaled) {
        money[column.ordinal()] = scaled;
        present[column.ordinal()] = true;
    }

    void setEpochSecond(CurColumn column, long second) {
        epochSecond[column.ordinal()] = second;
        present[column.ordinal()] = true;
    }

    long epochSecond(CurColumn column) {
        return epochSecond[column.ordinal()];
    }

    /** Whether the row has a non-empty value in that column. */
    boolean has(CurColumn column) {
        return present[column.ordinal()];
    }

    /** The text, or the empty string when the row has none. */
    String text(CurColumn column) {
        return present[column.ordinal()] ? text[column.ordinal()] : "";
    }

    /** The scaled amount, 0 when the row has none. */
    long money(CurColumn column) {
        return present[column.ordinal()] ? money[column.ordinal()] : 0;
    }

    /** The scaled amount of the net column where the row has one, else of the non-net column. */
    long moneyPreferring(CurColumn net, CurColumn nonNet) {
        return has(net) ? money(net) : money(nonNet);
    }
}
