package org.cloudspend.cur.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.LineItemSink;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagNormalizer;

/**
 * Reads one Parquet data file of either family (legacy Parquet with one {@code resource_tags_*} column per tag, CUR 2.0
 * with MAP columns) column by column: parquet-java reads the footer and a row group's pages, {@link ParquetColumnCursor}
 * decodes them a batch at a time; only the columns cloudspend needs are read, a batch of rows is filled column by
 * column without a record object, dictionaries are decoded once. Row groups are decoded on both cores within a heap
 * budget shared by all reads ({@link RowGroupBudget}).
 */
final class ParquetExportFileReader {

    private static final String LEGACY_TAG_PREFIX = "resource_tags_";
    private static final String LEGACY_COST_CATEGORY_PREFIX = "cost_category_";

    /** Rows read column by column before they are assembled one by one: a few hundred stay in the CPU's caches. */
    private static final int ROWS_PER_BATCH = 256;

    private final TagNormalizer normalizer;
    private final RowGroupBudget budget;
    private final int factsSummed;

    ParquetExportFileReader(TagNormalizer normalizer, RowGroupBudget budget) {
        this(normalizer, budget, DailyLineItemSums.CAPACITY);
    }

    /** @param factsSummed how many daily facts each reading thread sums at once, when asked to sum */
    ParquetExportFileReader(TagNormalizer normalizer, RowGroupBudget budget, int factsSummed) {
        this.normalizer = normalizer;
        this.budget = budget;
        this.factsSummed = factsSummed;
    }

    /** @param dailySums whether line items of one daily fact may reach the sink summed ({@link DailyLineItemSums}) */
    ReadSummary read(Path file, LineItemSink sink, boolean dailySums) throws ExportReadException {
        String name = file.getFileName().toString();
        long[] firstRows;
        long[] groupBytes;
        List<TagKey> tagKeys;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options())) {
            // the plan checks the columns before any work starts
            Plan plan = new Plan(name, reader.getFooter().getFileMetaData().getSchema(), new SharedTexts());
            tagKeys = plan.tagKeys();
            Set<ColumnPath> read = new HashSet<>();
            plan.requested.getColumns().forEach(column -> read.add(ColumnPath.get(column.getPath())));
            List<BlockMetaData> groups = reader.getRowGroups();
            firstRows = new long[groups.size()];
            groupBytes = new long[groups.size()];
            long rows = 0;
            for (int group = 0; group < firstRows.length; group++) {
                firstRows[group] = rows;
                rows += groups.get(group).getRowCount();
                groupBytes[group] = heapWhileDecoded(groups.get(group), read);
            }
        } catch (IOException | RuntimeException e) {
            Optional<String> unknownEncoding = UnknownParquetEncodings.in(file);
            if (unknownEncoding.isPresent()) {
                throw new ExportReadException(name, unknownEncoding.get(), e);
            }
            throw unreadable(name, 0, e);
        }
        // Row groups are decoded on both cores, as many at once as the budget holds; the sink still receives one line
        // item at a time.
        int workers = Math.max(1, Math.min(firstRows.length, Math.min(2, Runtime.getRuntime().availableProcessors())));
        Object sinkLock = new Object();
        SharedTexts sharedTexts = new SharedTexts();
        List<Worker> all = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            all.add(new Worker(file, name, firstRows, groupBytes, w, workers, sink, sinkLock, sharedTexts, all,
                    dailySums));
        }
        List<Thread> threads = new ArrayList<>();
        for (Worker worker : all.subList(1, all.size())) {
            Thread thread = new Thread(worker, "cloudspend-parquet " + name);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        all.get(0).run();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all.forEach(Worker::stop);
                throw new ExportReadException(name, "interrupted while reading", e);
            }
        }
        Worker failed = all.stream().filter(w -> w.failure != null)
                .min(java.util.Comparator.comparingLong(w -> w.failedAt)).orElse(null);
        if (failed != null) {
            if (failed.failure instanceof SinkFailure sinkFailure) {
                // the sink's own failure, not the file's: passed on as it is
                throw sinkFailure.cause;
            }
            if (failed.failure instanceof ExportReadException readFailure) {
                throw readFailure;
            }
            if (failed.failure instanceof Error error) {
                throw error;
            }
            throw unreadable(name, failed.failedAt - 1, (Exception) failed.failure);
        }
        long rows = 0;
        Map<CostMeasure, java.math.BigDecimal> totals = new EnumMap<>(CostMeasure.class);
        Set<TagKey> keys = new LinkedHashSet<>(tagKeys);
        for (Worker worker : all) {
            rows += worker.rows;
            for (CostMeasure measure : CostMeasure.values()) {
                totals.merge(measure, worker.passed.total(measure), java.math.BigDecimal::add);
            }
            keys.addAll(worker.tagKeys);
        }
        return new ReadSummary(name, rows, totals, List.copyOf(keys));
    }

    /**
     * The heap a row group takes while its columns are read: their compressed chunks (held until the group is done)
     * and their decompressed pages (a writer may put a whole chunk in one page, as DuckDB does).
     */
    private static long heapWhileDecoded(BlockMetaData group, Set<ColumnPath> read) {
        long bytes = 0;
        for (ColumnChunkMetaData chunk : group.getColumns()) {
            if (read.contains(chunk.getPath())) {
                bytes += chunk.getTotalSize() + chunk.getTotalUncompressedSize();
            }
        }
        return bytes;
    }

    private static ParquetReadOptions options() {
        return ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs())
                .useStatsFilter(false)
                .useDictionaryFilter(false)
                .useRecordFilter(false)
                .useColumnIndexFilter(false)
                .useBloomFilter(false)
                .build();
    }

    /** Reads every {@code stride}-th row group from the {@code offset}-th, with a reader, plan and batch of its own. */
    private final class Worker implements Runnable {
        private final Path file;
        private final String name;
        private final long[] firstRows;
        private final long[] groupBytes;
        private final int offset;
        private final int stride;
        private final LineItemSink sink;
        private final Object sinkLock;
        /** This worker's line items on their way to the sink. */
        final PassedItems passed;
        /** The file's, shared by its workers. */
        private final SharedTexts sharedTexts;
        private final List<Worker> all;
        List<TagKey> tagKeys = List.of();
        long rows;
        volatile Throwable failure;
        volatile long failedAt = Long.MAX_VALUE;
        /** The row being read, for messages. */
        private long rowNumber;
        private volatile boolean stopped;

        Worker(Path file, String name, long[] firstRows, long[] groupBytes, int offset, int stride, LineItemSink sink,
                Object sinkLock, SharedTexts sharedTexts, List<Worker> all, boolean dailySums) {
            this.file = file;
            this.name = name;
            this.firstRows = firstRows;
            this.groupBytes = groupBytes;
            this.offset = offset;
            this.stride = stride;
            this.sink = sink;
            this.sinkLock = sinkLock;
            this.sharedTexts = sharedTexts;
            this.all = all;
            this.passed = new PassedItems(this::passOn, dailySums ? factsSummed : 0);
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options())) {
                Plan plan = new Plan(name, reader.getFooter().getFileMetaData().getSchema(), sharedTexts);
                reader.setRequestedSchema(plan.requested);
                RowValues[] batch = new RowValues[ROWS_PER_BATCH];
                Arrays.setAll(batch, i -> new RowValues());
                LineItemAssembler assembler = new LineItemAssembler(batch[0], plan::nameOf);
                for (int group = offset; group < firstRows.length && !stopped; group += stride) {
                    if (!budget.acquire(groupBytes[group], () -> stopped)) {
                        break;
                    }
                    try {
                        readGroup(reader.readRowGroup(group), plan, assembler, batch, firstRows[group]);
                    } finally {
                        // the group's pages are let go before its share of the budget is
                        plan.unbind();
                        budget.release(groupBytes[group]);
                    }
                }
                if (!stopped) {
                    passed.flush();
                }
                tagKeys = plan.tagKeys();
            } catch (Exception | Error e) {
                // an OutOfMemoryError too: it must fail the read, never leave it short
                failure = e;
                failedAt = Math.max(rowNumber, 1);
                all.forEach(Worker::stop);
            }
        }

        /** Reads a row group a batch of rows at a time: column by column into the batch, then row by row to the sink. */
        private void readGroup(PageReadStore pages, Plan plan, LineItemAssembler assembler, RowValues[] batch,
                long firstRow) throws ExportReadException {
            rowNumber = firstRow + 1;
            plan.bind(pages);
            long groupRows = pages.getRowCount();
            for (long done = 0; done < groupRows && !stopped; done += batch.length) {
                int size = (int) Math.min(batch.length, groupRows - done);
                for (int r = 0; r < size; r++) {
                    batch[r].clear();
                }
                int complete = plan.readRows(batch, size);
                for (int r = 0; r < complete; r++) {
                    rowNumber = firstRow + done + r + 1;
                    ParsedLineItem item;
                    try {
                        item = assembler.assemble(batch[r]);
                    } catch (RowProblem e) {
                        throw new ExportReadException(name, rowNumber, e.column, e.getMessage(), null);
                    }
                    passed.pass(item);
                    rows++;
                }
                if (complete < size) {
                    rowNumber = firstRow + done + complete + 1;
                    throw new ExportReadException(name, rowNumber, plan.problem.column, plan.problem.getMessage(),
                            null);
                }
            }
        }

        private void passOn(LineItem item) {
            synchronized (sinkLock) {
                SinkFailure.passTo(sink, item);
            }
        }
    }

    private static ExportReadException unreadable(String name, long rowsRead, Exception cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof ParquetColumnCursor.UnreadableEncoding encoding) {
                return new ExportReadException(name, encoding.getMessage(), cause);
            }
        }
        if (message.contains("is not a Parquet file")) {
            return new ExportReadException(name, "not a Parquet file (no Parquet footer: it is truncated or of"
                    + " another format)", cause);
        }
        return new ExportReadException(name, rowsRead + 1, null,
                "the Parquet data is corrupt or truncated (" + message + "), after " + rowsRead + " rows", cause);
    }

    /** Which columns of this file are read, how, and the readers of the current row group. */
    private final class Plan {
        final MessageType requested;
        private final Map<CurColumn, String> names = new EnumMap<>(CurColumn.class);
        private final List<Flat> flat = new ArrayList<>();
        private final List<MapColumn> maps = new ArrayList<>();
        /** The flat columns' cursors in the current row group. */
        private ParquetColumnCursor[] cursors = new ParquetColumnCursor[0];
        /** After {@link #readRows} stopped short: the first row's unreadable value. */
        RowProblem problem;
        private final Map<String, TagKey> cur2TagKeys = new LinkedHashMap<>();
        private final List<TagKey> legacyTagKeys = new ArrayList<>();
        private final Map<String, String> costCategoryNames = new HashMap<>();
        /** One String per distinct repeated text of the file, for every row group and worker. */
        private final SharedTexts sharedTexts;

        Plan(String file, MessageType schema, SharedTexts sharedTexts) throws ExportReadException {
            this.sharedTexts = sharedTexts;
            Set<String> sharedTagKeys = sharedTagKeys(schema);
            List<Type> fields = new ArrayList<>();
            for (Type field : schema.getFields()) {
                String fieldName = field.getName();
                CurColumn column = CurColumn.named(fieldName);
                if (field.isPrimitive() && column != null && !names.containsKey(column)) {
                    names.put(column, fieldName);
                    add(schema, fields, field, converterFor(column, field.asPrimitiveType()));
                } else if (field.isPrimitive() && fieldName.startsWith(LEGACY_TAG_PREFIX)) {
                    TagKey key = normalizer.fromLegacyParquetColumn(fieldName);
                    legacyTagKeys.add(key);
                    String canonical = key.canonical();
                    // a key no other column gives is added without a look for it among the row's others
                    add(schema, fields, field, new ParquetValues.LabelConverter(typeOf(field), sharedTexts::shared,
                            sharedTagKeys.contains(canonical) ? ParquetValues.LabelConverter.Into.FIRST_TAG
                                    : ParquetValues.LabelConverter.Into.TAG, canonical));
                } else if (field.isPrimitive() && fieldName.startsWith(LEGACY_COST_CATEGORY_PREFIX)) {
                    String category = costCategory(fieldName.substring(LEGACY_COST_CATEGORY_PREFIX.length()));
                    add(schema, fields, field, new ParquetValues.LabelConverter(typeOf(field), sharedTexts::shared,
                            ParquetValues.LabelConverter.Into.COST_CATEGORY, category));
                } else if (!field.isPrimitive() && (fieldName.equals(CurColumn.CUR2_TAGS)
                        || fieldName.equals(CurColumn.CUR2_COST_CATEGORIES))) {
                    // keys are made canonical once per entry of their dictionary
                    MapColumn map = fieldName.equals(CurColumn.CUR2_TAGS)
                            ? new MapColumn(schema, field.asGroupType(),
                                    key -> cur2TagKeys.computeIfAbsent(key, normalizer::fromCur2MapKey).canonical(),
                                    sharedTexts::shared, (row, key, value) -> row.tags.setIfAbsent(key, value))
                            : new MapColumn(schema, field.asGroupType(), this::costCategory, sharedTexts::shared,
                                    (row, key, value) -> row.costCategories.set(key, value));
                    maps.add(map);
                    fields.add(field);
                }
            }
            for (CurColumn column : CurColumn.values()) {
                if (column.required && !names.containsKey(column)) {
                    throw new ExportReadException(file, 0, column.snakeName,
                            "a required column is missing (the file has " + schema.getFieldCount() + " columns)",
                            null);
                }
            }
            requested = new MessageType(schema.getName(), fields);
        }

        /**
         * The canonical tag keys that more than one column of the file may give a row (legacy columns whose keys
         * normalize alike, or any key when the file also has a CUR 2.0 tag map): the first value wins.
         */
        private Set<String> sharedTagKeys(MessageType schema) {
            Map<String, Integer> columns = new HashMap<>();
            boolean tagMap = false;
            for (Type field : schema.getFields()) {
                if (field.isPrimitive() && field.getName().startsWith(LEGACY_TAG_PREFIX)) {
                    columns.merge(normalizer.fromLegacyParquetColumn(field.getName()).canonical(), 1, Integer::sum);
                } else if (!field.isPrimitive() && field.getName().equals(CurColumn.CUR2_TAGS)) {
                    tagMap = true;
                }
            }
            if (tagMap) {
                return columns.keySet();
            }
            Set<String> shared = new HashSet<>();
            columns.forEach((key, count) -> {
                if (count > 1) {
                    shared.add(key);
                }
            });
            return shared;
        }

        private String costCategory(String original) {
            return costCategoryNames.computeIfAbsent(original, k -> normalizer.fromOriginalKey(k).canonical());
        }

        private ParquetValues.RowConverter converterFor(CurColumn column, PrimitiveType type) {
            if (column.money) {
                return new ParquetValues.MoneyConverter(column, type);
            }
            if (column.time) {
                return new ParquetValues.TimeConverter(column, type);
            }
            // a number stored as DECIMAL (a usage amount written by DuckDB, Athena or Spark) becomes its decimal text
            int decimalScale = type.getLogicalTypeAnnotation()
                    instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal ? decimal.getScale() : -1;
            return new ParquetValues.ColumnTextConverter(typeOf(type), decimalScale,
                    column.repeats() ? sharedTexts::shared : UnaryOperator.identity(), column);
        }

        private static PrimitiveType.PrimitiveTypeName typeOf(Type field) {
            return field.asPrimitiveType().getPrimitiveTypeName();
        }

        private void add(MessageType schema, List<Type> fields, Type field, ParquetValues.RowConverter converter) {
            fields.add(field);
            flat.add(new Flat(schema.getColumnDescription(new String[] {field.getName()}), converter));
        }

        void bind(PageReadStore pages) {
            cursors = new ParquetColumnCursor[flat.size()];
            for (int i = 0; i < cursors.length; i++) {
                Flat column = flat.get(i);
                cursors[i] = new ParquetColumnCursor(column.descriptor, pages.getPageReader(column.descriptor),
                        column.converter);
            }
            for (MapColumn map : maps) {
                map.bind(pages);
            }
        }

        void unbind() {
            cursors = new ParquetColumnCursor[0];
            maps.forEach(MapColumn::unbind);
        }

        /**
         * Reads the next {@code size} rows into {@code batch}, column by column. Returns {@code size}, or the index of
         * the first row with an unreadable value (whose problem is then in {@link #problem}): rows before it are
         * complete, and the problem is the one a row-by-row reading would have met first.
         */
        int readRows(RowValues[] batch, int size) {
            int complete = size;
            problem = null;
            for (ParquetColumnCursor cursor : cursors) {
                try {
                    cursor.readFlatRows(batch, complete);
                } catch (RowProblem e) {
                    // later columns only need the rows before this one
                    complete = indexOf(batch, cursor.converterRow());
                    problem = e;
                }
            }
            for (int r = 0; r < complete; r++) {
                for (MapColumn map : maps) {
                    map.readRow(batch[r]);
                }
            }
            return complete;
        }

        /** Where the row is in the batch (the same object: rows are reused), 0 if nowhere. */
        private static int indexOf(RowValues[] batch, RowValues row) {
            for (int index = 0; index < batch.length; index++) {
                if (batch[index] == row) {
                    return index;
                }
            }
            return 0;
        }

        String nameOf(CurColumn column) {
            return names.getOrDefault(column, column.snakeName);
        }

        List<TagKey> tagKeys() {
            List<TagKey> keys = new ArrayList<>(legacyTagKeys);
            keys.addAll(cur2TagKeys.values());
            return keys;
        }
    }

    /** A flat column and where its values go. */
    private record Flat(ColumnDescriptor descriptor, ParquetValues.RowConverter converter) {
    }

    /**
     * A MAP column of text keys and values (CUR 2.0's {@code resource_tags}, {@code cost_category}): its key and value
     * leaves are read in step, one row's entries being the values up to the next repetition level 0.
     */
    private static final class MapColumn {
        private final ColumnDescriptor keyDescriptor;
        private final ColumnDescriptor valueDescriptor;
        private final Entries entries;
        private String key;
        private String value;
        private final ParquetValues.RowConverter keyConverter;
        private final ParquetValues.RowConverter valueConverter;
        private ParquetColumnCursor keys;
        private ParquetColumnCursor values;
        private long read;
        private long total;

        /** Where a row's entries go. */
        interface Entries {
            void accept(RowValues row, String key, String value);
        }

        /**
         * @param keys what a key of the file becomes in the row
         * @param values what a value of the file becomes in the row
         */
        MapColumn(MessageType schema, GroupType map, UnaryOperator<String> keys, UnaryOperator<String> values,
                Entries entries) {
            this.entries = entries;
            GroupType keyValue = map.getType(0).asGroupType();
            String[] keyPath = {map.getName(), keyValue.getName(), keyValue.getType(0).getName()};
            String[] valuePath = {map.getName(), keyValue.getName(), keyValue.getType(1).getName()};
            this.keyDescriptor = schema.getColumnDescription(keyPath);
            this.valueDescriptor = schema.getColumnDescription(valuePath);
            this.keyConverter = new ParquetValues.TextConverter(keyDescriptor.getPrimitiveType().getPrimitiveTypeName(),
                    keys, (row, text) -> key = text);
            this.valueConverter = new ParquetValues.TextConverter(
                    valueDescriptor.getPrimitiveType().getPrimitiveTypeName(), values, (row, text) -> value = text);
        }

        void bind(PageReadStore pages) {
            keys = new ParquetColumnCursor(keyDescriptor, pages.getPageReader(keyDescriptor), keyConverter);
            values = new ParquetColumnCursor(valueDescriptor, pages.getPageReader(valueDescriptor), valueConverter);
            read = 0;
            total = keys.totalValueCount();
        }

        void unbind() {
            keys = null;
            values = null;
        }

        void readRow(RowValues row) {
            do {
                if (keys.definitionLevel() == keyDescriptor.getMaxDefinitionLevel()) {
                    keys.writeValue();
                    value = null;
                    if (values.definitionLevel() == valueDescriptor.getMaxDefinitionLevel()) {
                        values.writeValue();
                    }
                    if (value != null && !value.isEmpty()) {
                        entries.accept(row, key, value);
                    }
                }
                keys.consume();
                values.consume();
                read++;
            } while (read < total && keys.repetitionLevel() > 0);
        }
    }
}
