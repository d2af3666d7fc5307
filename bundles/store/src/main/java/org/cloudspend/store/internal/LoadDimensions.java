package org.cloudspend.store.internal;

import java.io.IOException;
import java.util.Arrays;

/**
 * The distinct dimension tuples of one load (a line item's payer, account, service, region, usage type, operation,
 * line item type and currency), numbered in the order they are first seen, so that a line item is spooled with one
 * number instead of eight texts: the spool is smaller, and the database groups a month by its day, tuple, resource
 * and label set, then joins the few thousand tuples back. Each column's distinct values are kept once, and a tuple
 * as their codes, so memory grows with the distinct values and tuples, never with the line items.
 */
final class LoadDimensions {

    /** The columns of {@link #write}'s rows after the tuple's number, in order. */
    static final String COLUMNS = "payer VARCHAR, account VARCHAR, service VARCHAR, region VARCHAR,"
            + " usage_type VARCHAR, operation VARCHAR, line_item_type VARCHAR, currency VARCHAR";

    private static final int WIDTH = 8;

    private final TextCodes[] columns = new TextCodes[WIDTH];
    /** The tuples' codes, {@link #WIDTH} per tuple, by number. */
    private int[] tuples = new int[WIDTH * 256];
    private int count;
    /** Open addressing: a tuple's number plus one, 0 for a free slot. */
    private int[] slots = new int[1 << 10];
    private final int[] probe = new int[WIDTH];

    LoadDimensions() {
        for (int i = 0; i < WIDTH; i++) {
            columns[i] = new TextCodes();
        }
    }

    /** The number of the line item's tuple, given now if the load has not seen it. */
    int numberOf(SpooledItem item) {
        probe[0] = columns[0].codeOf(item.payerAccountId);
        probe[1] = columns[1].codeOf(item.usageAccountId);
        probe[2] = columns[2].codeOf(item.productCode);
        probe[3] = columns[3].codeOf(item.region);
        probe[4] = columns[4].codeOf(item.usageType);
        probe[5] = columns[5].codeOf(item.operation);
        probe[6] = columns[6].codeOf(item.lineItemType);
        probe[7] = columns[7].codeOf(item.currency);
        int hash = hash(probe, 0);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int stored = slots[slot];
            if (stored == 0) {
                slots[slot] = add() + 1;
                if (2 * count > slots.length) {
                    grow();
                }
                return count - 1;
            }
            if (Arrays.equals(tuples, (stored - 1) * WIDTH, stored * WIDTH, probe, 0, WIDTH)) {
                return stored - 1;
            }
        }
    }

    /** How many distinct tuples the load has seen. */
    int count() {
        return count;
    }

    /** Each tuple as a row: its number, then its values in {@link #COLUMNS} order. */
    void write(CsvRows rows) throws IOException {
        for (int number = 0; number < count; number++) {
            rows.number(number);
            for (int column = 0; column < WIDTH; column++) {
                rows.text(columns[column].value(tuples[number * WIDTH + column]));
            }
            rows.endRow();
        }
    }

    /** The hash of the {@link #WIDTH} codes from {@code from}. */
    private static int hash(int[] codes, int from) {
        int hash = 1;
        for (int column = from; column < from + WIDTH; column++) {
            hash = hash * 0x9E3779B1 + codes[column];
        }
        return hash ^ (hash >>> 16);
    }

    private int add() {
        if ((count + 1) * WIDTH > tuples.length) {
            tuples = Arrays.copyOf(tuples, tuples.length * 2);
        }
        System.arraycopy(probe, 0, tuples, count * WIDTH, WIDTH);
        return count++;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int stored : old) {
            if (stored != 0) {
                int slot = hash(tuples, (stored - 1) * WIDTH) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = stored;
            }
        }
    }

    /**
     * One column's distinct values, coded in the order first seen. The value looked up last is remembered by identity:
     * readers that keep a dictionary (Parquet) hand the same String over and over.
     */
    private static final class TextCodes {

        private String[] keys = new String[1 << 6];
        private int[] codes = new int[1 << 6];
        private String[] values = new String[1 << 5];
        private int count;
        private String last;
        private int lastCode;

        int codeOf(String value) {
            if (value == last) {
                return lastCode;
            }
            int mask = keys.length - 1;
            int slot = spread(value.hashCode()) & mask;
            for (String key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
                if (key.equals(value)) {
                    last = value;
                    lastCode = codes[slot];
                    return lastCode;
                }
            }
            keys[slot] = value;
            codes[slot] = count;
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count] = value;
            last = value;
            lastCode = count++;
            if (2 * count > keys.length) {
                grow();
            }
            return lastCode;
        }

        String value(int code) {
            return values[code];
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private void grow() {
            keys = new String[keys.length * 2];
            codes = new int[codes.length * 2];
            int mask = keys.length - 1;
            for (int code = 0; code < count; code++) {
                int slot = spread(values[code].hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = values[code];
                codes[slot] = code;
            }
        }
    }
}
