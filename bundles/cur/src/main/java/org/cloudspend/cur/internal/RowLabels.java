package org.cloudspend.cur.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One row's tags or cost categories, refilled for every row: keys and values side by side in arrays, so that a row
 * makes no map entries and the sink walks two arrays. A row has a few labels, found by a scan; a row with many (a
 * legacy report may have hundreds of tag columns) is also indexed by key, so a scan never grows with their square.
 * Read-only to whoever takes the line item: only the reader adds to it.
 */
final class RowLabels extends AbstractMap<String, String> {

    /** From this many labels on, keys are also found through {@link #index}. */
    private static final int INDEXED_FROM = 16;

    private String[] keys;
    private String[] values;
    private int size;
    private Map<String, Integer> index;

    /** Labels for a row: room for a few without growing. */
    RowLabels() {
        this(INDEXED_FROM);
    }

    /** @param room how many labels fit before the arrays grow */
    RowLabels(int room) {
        keys = new String[room];
        values = new String[room];
    }

    /** Forgets the row's labels. */
    void reset() {
        size = 0;
        if (index != null) {
            index.clear();
        }
    }

    /** Sets the key's value, replacing the one it had. */
    void set(String key, String value) {
        int at = indexOf(key);
        if (at >= 0) {
            values[at] = value;
        } else {
            append(key, value);
        }
    }

    /** Adds the key's value unless the key has one already (the first of two columns that meet in one key wins). */
    void setIfAbsent(String key, String value) {
        if (indexOf(key) < 0) {
            append(key, value);
        }
    }

    /** Adds a key the row has no value of yet (its reader knows no other column gives it). */
    void addAbsent(String key, String value) {
        append(key, value);
    }

    /** Makes these labels a copy of the other's, which may then be refilled. */
    void copyOf(RowLabels other) {
        reset();
        for (int i = 0; i < other.size; i++) {
            append(other.keys[i], other.values[i]);
        }
    }

    /** A hash of the labels in their order: rows with the same labels in the same order hash alike. */
    int labelsHash() {
        int hash = size;
        for (int i = 0; i < size; i++) {
            hash = hash * 31 + keys[i].hashCode();
            hash = hash * 31 + values[i].hashCode();
        }
        return hash;
    }

    /** Whether the other has the same labels in the same order (a row's order is its file's column order). */
    boolean sameLabels(RowLabels other) {
        if (size != other.size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!keys[i].equals(other.keys[i]) || !values[i].equals(other.values[i])) {
                return false;
            }
        }
        return true;
    }

    private void append(String key, String value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(4, size * 2));
            values = Arrays.copyOf(values, Math.max(4, size * 2));
        }
        keys[size] = key;
        values[size] = value;
        size++;
        if (size == INDEXED_FROM) {
            index = index == null ? new HashMap<>() : index;
            for (int i = 0; i < size; i++) {
                index.put(keys[i], i);
            }
        } else if (size > INDEXED_FROM) {
            index.put(key, size - 1);
        }
    }

    private int indexOf(Object key) {
        if (size >= INDEXED_FROM) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
