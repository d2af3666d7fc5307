package org.cloudspend.cur.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagNormalizer;

/**
 * Receives the fields of a billing export CSV from FastCSV and keeps only the columns cloudspend reads, parsing money
 * straight from the parser's buffer: no String is made for the hundred-odd columns it skips. The first record is the
 * header, which decides what every column index means.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<RowValues> {

    private final TagNormalizer normalizer;
    private final RowValues row = new RowValues();
    private final List<String> header = new ArrayList<>();
    private final Map<String, TagKey> cur2TagKeys = new HashMap<>();
    private final Map<String, String> costCategoryNames = new HashMap<>();
    private boolean headerRead;
    private boolean lastWasHeader;

    private CurColumn[] columnAt;
    private TagKey[] legacyTagAt;
    private String[] legacyCostCategoryAt;
    private int cur2TagsIndex = -1;
    private int cur2CostCategoriesIndex = -1;
    private final Map<CurColumn, String> headerNames = new EnumMap<>(CurColumn.class);
    private boolean legacyNaming;

    private RowProblem problem;

    CsvRowHandler(TagNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    RowValues row() {
        return row;
    }

    /** True once for the header record, which the reader then skips. */
    boolean takeHeaderFlag() {
        boolean header = lastWasHeader;
        lastWasHeader = false;
        return header;
    }

    /** The first problem found in the current row, or null. */
    RowProblem problem() {
        return problem;
    }

    int width() {
        return header.size();
    }

    List<String> header() {
        return header;
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
    protected void handleBegin(long startingOffset) {
        if (headerRead) {
            row.clear();
            problem = null;
        }
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (!headerRead) {
            header.add(new String(buf, offset, length));
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
            if (column.money) {
                try {
                    row.setMoney(column, DecimalText.toScaled(buf, offset, length));
                } catch (NumberFormatException | ArithmeticException e) {
                    problem = new RowProblem(header.get(index),
                            "not a number: '" + new String(buf, offset, length) + "'");
                }
            } else {
                row.setText(column, new String(buf, offset, length));
            }
        } else if (legacyTagAt[index] != null) {
            row.tags.putIfAbsent(legacyTagAt[index].canonical(), new String(buf, offset, length));
        } else if (legacyCostCategoryAt[index] != null) {
            row.costCategories.put(legacyCostCategoryAt[index], new String(buf, offset, length));
        } else if (index == cur2TagsIndex || index == cur2CostCategoriesIndex) {
            readMapColumn(index, new String(buf, offset, length));
        }
    }

    private void readMapColumn(int index, String json) {
        try {
            if (index == cur2TagsIndex) {
                FlatJsonObject.forEach(json, (key, value) -> {
                    if (!value.isEmpty()) {
                        row.tags.putIfAbsent(cur2TagKeys.computeIfAbsent(key, normalizer::fromCur2MapKey).canonical(),
                                value);
                    }
                });
            } else {
                FlatJsonObject.forEach(json, (name, value) -> row.costCategories.put(costCategory(name), value));
            }
        } catch (IllegalArgumentException e) {
            problem = new RowProblem(header.get(index), e.getMessage());
        }
    }

    /** Cost category names get the tag keys' canonical form, so that every format groups them alike. */
    private String costCategory(String name) {
        return costCategoryNames.computeIfAbsent(name, k -> normalizer.fromOriginalKey(k).canonical());
    }

    @Override
    protected RowValues buildRecord() {
        if (!headerRead) {
            readHeader();
            lastWasHeader = true;
        }
        return row;
    }

    private void readHeader() {
        headerRead = true;
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        int width = header.size();
        columnAt = new CurColumn[width];
        legacyTagAt = new TagKey[width];
        legacyCostCategoryAt = new String[width];
        for (int i = 0; i < width; i++) {
            String name = header.get(i);
            legacyNaming |= name.indexOf('/') > 0;
            CurColumn column = CurColumn.named(name);
            if (column != null) {
                if (headerNames.putIfAbsent(column, name) == null) {
                    columnAt[i] = column;
                }
            } else if (name.startsWith(CurColumn.LEGACY_COST_CATEGORY_PREFIX)) {
                legacyCostCategoryAt[i] = costCategory(name.substring(CurColumn.LEGACY_COST_CATEGORY_PREFIX.length()));
            } else if (name.equals(CurColumn.CUR2_TAGS)) {
                cur2TagsIndex = i;
            } else if (name.equals(CurColumn.CUR2_COST_CATEGORIES)) {
                cur2CostCategoriesIndex = i;
            } else {
                legacyTagAt[i] = normalizer.fromLegacyCsvColumn(name);
            }
        }
    }
}
