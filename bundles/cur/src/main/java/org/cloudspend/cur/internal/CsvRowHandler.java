package org.cloudspend.cur.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagNormalizer;

/**
 * Receives the fields of a billing export CSV from the {@link CsvScanner} and keeps only the columns cloudspend reads:
 * money is parsed straight from the bytes, text becomes a String only for the columns kept, and no String is made for
 * the hundred-odd columns it skips. The first record is the header, which decides what every column index means.
 */
final class CsvRowHandler implements CsvScanner.Fields {

    private final TagNormalizer normalizer;
    private final RowValues row = new RowValues();
    private final List<String> header = new ArrayList<>();
    private final Map<String, TagKey> cur2TagKeys = new HashMap<>();
    /** CUR 2.0's map names, canonical, found by their bytes. */
    private final CanonicalNames tagKeys;
    private final CanonicalNames costCategories;
    private final Map<String, String> costCategoryNames = new HashMap<>();
    private final Record record;
    private final TimeCache times = new TimeCache();
    private boolean headerRead;

    private CurColumn[] columnAt;
    /**
     * The distinct values of the columns whose values repeat, by index (see {@link CurColumn#repeats()}); the tag and
     * cost category columns share {@link #labelValues}.
     */
    private RepeatedText[] repeatedAt;
    /**
     * The distinct values of every tag and cost category, in one table for all their columns, so that a report with
     * hundreds of tag columns keeps no more of them than one column would: the store finds a line item's labels among
     * those seen before by comparing Strings, quickest when they are the same.
     */
    private final RepeatedText labelValues = new RepeatedText();
    /** The columns read, by index; null until the header is known (every field of the header is wanted). */
    private boolean[] wanted;
    /** The JSON map columns, whose quoted fields are read as they stand (see {@link #quotedField}). */
    private boolean[] keptQuoted;
    private TagKey[] legacyTagAt;
    private String[] legacyCostCategoryAt;
    private int cur2TagsIndex = -1;
    private int cur2CostCategoriesIndex = -1;
    private final Map<CurColumn, String> headerNames = new EnumMap<>(CurColumn.class);
    private boolean legacyNaming;

    private RowProblem problem;

    /** Called once a data record is complete; returns false to stop. */
    interface Record {
        boolean complete(CsvRowHandler handler);
    }

    CsvRowHandler(TagNormalizer normalizer, Record record) {
        this.normalizer = normalizer;
        this.tagKeys = new CanonicalNames(
                key -> cur2TagKeys.computeIfAbsent(key, normalizer::fromCur2MapKey).canonical());
        this.costCategories = new CanonicalNames(this::costCategory);
        this.record = record;
    }

    RowValues row() {
        return row;
    }

    boolean headerRead() {
        return headerRead;
    }

    /** The first problem found in the current row, or null. */
    RowProblem problem() {
        return problem;
    }

    int width() {
        return header.size();
    }

    /** The column's name as this file writes it (or would, when it lacks the column). */
    String nameOf(CurColumn column) {
        String name = headerNames.get(column);
        if (name != null) {
            return name;
        }
        return legacyNaming ? column.legacyCsvName : column.snakeName;
    }

    boolean hasColumn(CurColumn column) {
        return headerNames.containsKey(column);
    }

    /** The tag keys of the file: its tag columns (legacy) or the map keys met so far (CUR 2.0). */
    List<TagKey> tagKeys() {
        List<TagKey> keys = new ArrayList<>(cur2TagKeys.values());
        if (legacyTagAt != null) {
            for (TagKey key : legacyTagAt) {
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    @Override
    public boolean[] beginRecord() {
        if (headerRead) {
            row.clear();
            problem = null;
        }
        return wanted;
    }

    @Override
    public void field(int index, byte[] buf, int offset, int length) {
        if (!headerRead) {
            header.add(textOrProblem(-1, null, buf, offset, length));
            return;
        }
        if (problem != null) {
            return;
        }
        if (index >= columnAt.length) {
            problem = new RowProblem(null, "the row has more fields than the header's " + columnAt.length);
            return;
        }
        if (length == 0) {
            return;
        }
        CurColumn column = columnAt[index];
        if (column != null) {
            if (column.time) {
                try {
                    row.setEpochSecond(column, times.epochSecond(buf, offset, length));
                } catch (java.time.DateTimeException e) {
                    problem = new RowProblem(header.get(index), "not a date and time: '"
                            + new String(buf, offset, length, StandardCharsets.UTF_8) + "'");
                }
            } else if (column.money) {
                try {
                    row.setMoney(column, DecimalText.toScaled(buf, offset, length));
                } catch (NumberFormatException | ArithmeticException e) {
                    problem = new RowProblem(header.get(index), "not a number: '"
                            + new String(buf, offset, length, StandardCharsets.UTF_8) + "'");
                }
            } else {
                String text = textOrProblem(index, repeatedAt[index], buf, offset, length);
                if (text != null) {
                    row.setText(column, text);
                }
            }
        } else if (legacyTagAt[index] != null) {
            String text = textOrProblem(index, repeatedAt[index], buf, offset, length);
            if (text != null) {
                row.tags.setIfAbsent(legacyTagAt[index].canonical(), text);
            }
        } else if (legacyCostCategoryAt[index] != null) {
            String text = textOrProblem(index, repeatedAt[index], buf, offset, length);
            if (text != null) {
                row.costCategories.set(legacyCostCategoryAt[index], text);
            }
        } else if (index == cur2TagsIndex || index == cur2CostCategoriesIndex) {
            readMapColumn(index, buf, offset, length, false);
        }
    }

    @Override
    public boolean endRecord() {
        if (!headerRead) {
            readHeader();
            return true;
        }
        return record.complete(this);
    }

    /**
     * The field (at {@code index}, -1 in the header) as text; bytes that are not UTF-8 are the row's problem.
     *
     * @param repeated the column's distinct values, null for a column whose values do not repeat
     */
    private String textOrProblem(int index, RepeatedText repeated, byte[] buf, int offset, int length) {
        try {
            return repeated != null ? repeated.text(buf, offset, length) : Utf8Text.decode(buf, offset, length);
        } catch (CharacterCodingException e) {
            // the column's name is looked up only now: a header field has none
            RowProblem notUtf8 = new RowProblem(index < 0 ? null : header.get(index), "the text is not UTF-8");
            if (!headerRead) {
                throw notUtf8;
            }
            problem = notUtf8;
            return null;
        }
    }

    /** CUR 2.0's JSON map columns are parsed from the quoted field as it stands, quotes doubled. */
    @Override
    public boolean[] keptQuoted() {
        return keptQuoted;
    }

    @Override
    public void quotedField(int index, byte[] buf, int offset, int length) {
        if (problem == null && length > 0) {
            readMapColumn(index, buf, offset, length, true);
        }
    }

    /**
     * A map column's field read in place, the JSON text parsed up to its end with no scan for the field's end first.
     * Anything amiss (or a field that goes on past the bytes at hand) is left to {@link #quotedField}, which reads the
     * whole field again and names the problem: the labels it sets again get the same values.
     */
    @Override
    public int quotedFieldInPlace(int index, byte[] buf, int from, int limit) {
        if (problem != null || from >= limit || buf[from] != '{') {
            return -1;
        }
        try {
            return index == cur2TagsIndex
                    ? FlatJsonObject.readInPlace(buf, from, limit, tagKeys, labelValues, this::addTag)
                    : FlatJsonObject.readInPlace(buf, from, limit, costCategories, labelValues,
                            row.costCategories::set);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** A JSON map column, read from its bytes. */
    private void readMapColumn(int index, byte[] buf, int offset, int length, boolean doubledQuotes) {
        try {
            if (index == cur2TagsIndex) {
                FlatJsonObject.forEach(buf, offset, length, doubledQuotes, tagKeys, labelValues, this::addTag);
            } else {
                FlatJsonObject.forEach(buf, offset, length, doubledQuotes, costCategories, labelValues,
                        row.costCategories::set);
            }
        } catch (IllegalArgumentException e) {
            problem = new RowProblem(header.get(index), e.getMessage());
        }
    }

    /** A tag of CUR 2.0's map; an empty value is no tag, as in the legacy formats. */
    private void addTag(String key, String value) {
        if (!value.isEmpty()) {
            row.tags.setIfAbsent(key, value);
        }
    }

    /** Cost category names get the tag keys' canonical form, so that every format groups them alike. */
    private String costCategory(String name) {
        return costCategoryNames.computeIfAbsent(name, k -> normalizer.fromOriginalKey(k).canonical());
    }

    private void readHeader() {
        headerRead = true;
        int width = header.size();
        wanted = new boolean[width];
        columnAt = new CurColumn[width];
        repeatedAt = new RepeatedText[width];
        legacyTagAt = new TagKey[width];
        legacyCostCategoryAt = new String[width];
        for (int i = 0; i < width; i++) {
            String name = header.get(i);
            legacyNaming |= name.indexOf('/') > 0;
            CurColumn column = CurColumn.named(name);
            if (column != null) {
                if (headerNames.putIfAbsent(column, name) == null) {
                    columnAt[i] = column;
                    repeatedAt[i] = column.repeats() ? new RepeatedText() : null;
                }
            } else if (name.startsWith(CurColumn.LEGACY_COST_CATEGORY_PREFIX)) {
                legacyCostCategoryAt[i] = costCategory(name.substring(CurColumn.LEGACY_COST_CATEGORY_PREFIX.length()));
                repeatedAt[i] = labelValues;
            } else if (name.equals(CurColumn.CUR2_TAGS)) {
                cur2TagsIndex = i;
            } else if (name.equals(CurColumn.CUR2_COST_CATEGORIES)) {
                cur2CostCategoriesIndex = i;
            } else {
                legacyTagAt[i] = normalizer.fromLegacyCsvColumn(name);
                repeatedAt[i] = legacyTagAt[i] != null ? labelValues : null;
            }
            wanted[i] = columnAt[i] != null || legacyTagAt[i] != null || legacyCostCategoryAt[i] != null
                    || i == cur2TagsIndex || i == cur2CostCategoriesIndex;
        }
        keptQuoted = new boolean[width];
        for (int mapColumn : new int[] {cur2TagsIndex, cur2CostCategoriesIndex}) {
            if (mapColumn >= 0) {
                keptQuoted[mapColumn] = true;
            }
        }
    }
}
