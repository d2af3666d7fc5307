package org.cloudspend.cur.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.cloudspend.api.export.Money;

/**
 * Converters that take Parquet values straight into a {@link RowValues}: text, money (DOUBLE as AWS writes it, or
 * DECIMAL) and date-times (INT64 timestamps, INT96, DATE or text). Dictionary pages are decoded once per dictionary,
 * not once per row.
 */
final class ParquetValues {

    private static final long JULIAN_EPOCH_DAY = 2_440_588L;

    private ParquetValues() {
    }

    /** Text by the JDK's own UTF-8 path (parquet-java's {@code toStringUsingUTF8} goes through a charset decoder). */
    static String utf8(Binary value) {
        ByteBuffer bytes = value.toByteBuffer();
        if (bytes.hasArray()) {
            return new String(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(),
                    StandardCharsets.UTF_8);
        }
        return new String(value.getBytes(), StandardCharsets.UTF_8);
    }

    /**
     * A converter whose values go to the row in {@link #row}, which the reader sets before each value; a reader that
     * fills a batch of rows column by column hands it a run of dictionary ids at once.
     */
    abstract static class RowConverter extends PrimitiveConverter {
        /** The row the next value goes to (and, after an unreadable value, the row it was in). */
        RowValues row;

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        /** A PLAIN byte array value, straight from the page. */
        void addBytes(byte[] bytes, int offset, int length) {
            addBinary(Binary.fromConstantByteArray(bytes, offset, length));
        }

        /**
         * Takes the dictionary values of {@code rows[from, from + n)}: those whose definition level, from
         * {@code definition[entry]} on, is {@code maxDefinition} (every row when it is 0, the levels then unread), each
         * the value of the next id from {@code ids[idIndex]} on. Returns the index of the next id. Converters that keep
         * a dictionary's values ready repeat this loop with their own body: one call per run instead of one per value
         * (a shared loop calling a method per value measured 5-15% slower on legacy Parquet's many tag columns).
         */
        int fromDictionary(RowValues[] rows, int from, int n, int[] definition, int entry, int maxDefinition,
                int[] ids, int idIndex) {
            int next = idIndex;
            for (int i = 0; i < n; i++) {
                if (maxDefinition == 0 || definition[entry + i] == maxDefinition) {
                    row = rows[from + i];
                    addValueFromDictionary(ids[next++]);
                }
            }
            return next;
        }
    }

    /** Text values passed to a target, e.g. a tag of the row; numbers in their plain decimal form. */
    static class TextConverter extends RowConverter {
        private final PrimitiveType.PrimitiveTypeName typeName;
        private final BiConsumer<RowValues, String> target;
        private final UnaryOperator<String> mapping;
        String[] dictionary;

        TextConverter(BiConsumer<RowValues, String> target) {
            this(PrimitiveType.PrimitiveTypeName.BINARY, target);
        }

        TextConverter(PrimitiveType.PrimitiveTypeName typeName, BiConsumer<RowValues, String> target) {
            this(typeName, UnaryOperator.identity(), target);
        }

        /**
         * @param mapping applied to each text before the target gets it: once per entry of a dictionary, and to each
         *     value of a page without one
         */
        TextConverter(PrimitiveType.PrimitiveTypeName typeName, UnaryOperator<String> mapping,
                BiConsumer<RowValues, String> target) {
            this(typeName, -1, mapping, target);
        }

        /**
         * @param decimalScale the scale of a DECIMAL column (its values are unscaled integers, in INT32, INT64 or the
         *     bytes of a BINARY or FIXED_LEN_BYTE_ARRAY), written as decimal text; -1 for any other column
         */
        TextConverter(PrimitiveType.PrimitiveTypeName typeName, int decimalScale, UnaryOperator<String> mapping,
                BiConsumer<RowValues, String> target) {
            this.typeName = typeName;
            this.decimalScale = decimalScale;
            this.mapping = mapping;
            this.target = target;
        }

        private final int decimalScale;

        @Override
        public void setDictionary(Dictionary dict) {
            dictionary = new String[dict.getMaxId() + 1];
            for (int i = 0; i < dictionary.length; i++) {
                dictionary[i] = mapping.apply(switch (typeName) {
                    case INT64 -> integer(dict.decodeToLong(i));
                    case INT32 -> integer(dict.decodeToInt(i));
                    case DOUBLE -> text(dict.decodeToDouble(i));
                    case FLOAT -> text(dict.decodeToFloat(i));
                    case BOOLEAN -> Boolean.toString(dict.decodeToBoolean(i));
                    default -> decimalScale >= 0 ? decimal(dict.decodeToBinary(i).getBytes())
                            : utf8(dict.decodeToBinary(i));
                });
            }
        }

        /** An integer as text, or as the decimal it stands for in a DECIMAL column. */
        private String integer(long value) {
            return decimalScale >= 0 ? BigDecimal.valueOf(value, decimalScale).toPlainString() : Long.toString(value);
        }

        /** The big-endian two's-complement unscaled value of a DECIMAL column's bytes, as decimal text. */
        private String decimal(byte[] unscaled) {
            return new BigDecimal(new java.math.BigInteger(unscaled), decimalScale).toPlainString();
        }

        @Override
        public void addValueFromDictionary(int id) {
            target.accept(row, dictionary[id]);
        }

        @Override
        void addBytes(byte[] bytes, int offset, int length) {
            pass(decimalScale >= 0 ? decimal(java.util.Arrays.copyOfRange(bytes, offset, offset + length))
                    : new String(bytes, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void addBinary(Binary value) {
            pass(decimalScale >= 0 ? decimal(value.getBytes()) : utf8(value));
        }

        @Override
        public void addLong(long value) {
            pass(integer(value));
        }

        @Override
        public void addInt(int value) {
            pass(integer(value));
        }

        @Override
        public void addDouble(double value) {
            pass(text(value));
        }

        @Override
        public void addFloat(float value) {
            pass(text(value));
        }

        @Override
        public void addBoolean(boolean value) {
            pass(Boolean.toString(value));
        }

        private void pass(String text) {
            target.accept(row, mapping.apply(text));
        }

        private static String text(double value) {
            return BigDecimal.valueOf(value).toPlainString();
        }

        private static String text(float value) {
            return new BigDecimal(Float.toString(value)).toPlainString();
        }
    }

    /**
     * Text whose non-empty values the row keeps; a run of dictionary ids is passed on in one tight loop (a call through a
     * lambda per value, as {@link TextConverter} makes, was a tenth of reading a legacy report's many tag columns).
     */
    abstract static class NonEmptyTextConverter extends TextConverter {
        /** The dictionary with null for the empty string, which a row does not keep. */
        private String[] nonEmpty;

        NonEmptyTextConverter(PrimitiveType.PrimitiveTypeName typeName, int decimalScale, UnaryOperator<String> mapping,
                BiConsumer<RowValues, String> target) {
            super(typeName, decimalScale, mapping, target);
        }

        /** Gives the row a value known not to be empty. */
        abstract void put(RowValues row, String value);

        @Override
        public void setDictionary(Dictionary dict) {
            super.setDictionary(dict);
            nonEmpty = new String[dictionary.length];
            for (int i = 0; i < nonEmpty.length; i++) {
                nonEmpty[i] = dictionary[i].isEmpty() ? null : dictionary[i];
            }
        }

        @Override
        int fromDictionary(RowValues[] rows, int from, int n, int[] definition, int entry, int maxDefinition,
                int[] ids, int idIndex) {
            int next = idIndex;
            for (int i = 0; i < n; i++) {
                if (maxDefinition == 0 || definition[entry + i] == maxDefinition) {
                    String value = nonEmpty[ids[next++]];
                    if (value != null) {
                        put(rows[from + i], value);
                    }
                }
            }
            return next;
        }
    }

    /** Text of one of the row's columns. */
    static final class ColumnTextConverter extends NonEmptyTextConverter {
        private final CurColumn column;

        /** @param mapping as {@link TextConverter}'s */
        ColumnTextConverter(PrimitiveType.PrimitiveTypeName typeName, UnaryOperator<String> mapping, CurColumn column) {
            this(typeName, -1, mapping, column);
        }

        /** @param decimalScale and mapping as {@link TextConverter}'s */
        ColumnTextConverter(PrimitiveType.PrimitiveTypeName typeName, int decimalScale, UnaryOperator<String> mapping,
                CurColumn column) {
            super(typeName, decimalScale, mapping, (row, value) -> row.setText(column, value));
            this.column = column;
        }

        @Override
        void put(RowValues row, String value) {
            row.setPresentText(column, value);
        }
    }

    /** A legacy tag or cost category column: each non-empty value becomes one label of the row, under its key. */
    static final class LabelConverter extends NonEmptyTextConverter {

        /** Where the values go. */
        enum Into {
            /** A tag no other column of the file gives. */
            TAG,
            /** A tag another column may give too: the first value wins. */
            FIRST_TAG,
            COST_CATEGORY
        }

        private final Into into;
        private final String key;

        LabelConverter(PrimitiveType.PrimitiveTypeName typeName, UnaryOperator<String> mapping, Into into, String key) {
            super(typeName, -1, mapping, (row, value) -> {
                if (!value.isEmpty()) {
                    put(row, into, key, value);
                }
            });
            this.into = into;
            this.key = key;
        }

        @Override
        void put(RowValues row, String value) {
            put(row, into, key, value);
        }

        private static void put(RowValues row, Into into, String key, String value) {
            switch (into) {
                case TAG -> row.tags.addAbsent(key, value);
                case FIRST_TAG -> row.tags.setIfAbsent(key, value);
                case COST_CATEGORY -> row.costCategories.set(key, value);
            }
        }
    }

    /**
     * A converter of one of the row's columns whose values become longs (amounts, epoch seconds). A dictionary's values
     * are converted once each, when a row first uses them, so that an unreadable one names its row.
     */
    abstract static class LongConverter extends RowConverter {
        final CurColumn column;
        final String name;
        final PrimitiveType.PrimitiveTypeName typeName;
        private Dictionary dictionary;
        private long[] converted;
        private boolean[] known;

        LongConverter(CurColumn column, PrimitiveType type) {
            this.column = column;
            this.name = type.getName();
            this.typeName = type.getPrimitiveTypeName();
        }

        abstract void set(RowValues target, long value);

        abstract long fromLong(long value);

        abstract long fromInt(int value);

        abstract long fromDouble(double value);

        long fromFloat(float value) {
            return fromDouble(value);
        }

        abstract long fromBinary(Binary value);

        @Override
        public void setDictionary(Dictionary dict) {
            dictionary = dict;
            converted = new long[dict.getMaxId() + 1];
            known = new boolean[converted.length];
        }

        @Override
        public void addValueFromDictionary(int id) {
            if (!known[id]) {
                converted[id] = switch (typeName) {
                    case DOUBLE -> fromDouble(dictionary.decodeToDouble(id));
                    case FLOAT -> fromFloat(dictionary.decodeToFloat(id));
                    case INT64 -> fromLong(dictionary.decodeToLong(id));
                    case INT32 -> fromInt(dictionary.decodeToInt(id));
                    default -> fromBinary(dictionary.decodeToBinary(id));
                };
                known[id] = true;
            }
            set(row, converted[id]);
        }

        @Override
        int fromDictionary(RowValues[] rows, int from, int n, int[] definition, int entry, int maxDefinition,
                int[] ids, int idIndex) {
            int next = idIndex;
            for (int i = 0; i < n; i++) {
                if (maxDefinition == 0 || definition[entry + i] == maxDefinition) {
                    int id = ids[next++];
                    if (known[id]) {
                        set(rows[from + i], converted[id]);
                    } else {
                        row = rows[from + i];
                        addValueFromDictionary(id);
                    }
                }
            }
            return next;
        }

        @Override
        public void addLong(long value) {
            set(row, fromLong(value));
        }

        @Override
        public void addInt(int value) {
            set(row, fromInt(value));
        }

        @Override
        public void addDouble(double value) {
            set(row, fromDouble(value));
        }

        @Override
        public void addFloat(float value) {
            set(row, fromFloat(value));
        }

        @Override
        public void addBinary(Binary value) {
            set(row, fromBinary(value));
        }
    }

    /** Money into a scaled long. */
    static final class MoneyConverter extends LongConverter {
        private final int decimalScale;

        MoneyConverter(CurColumn column, PrimitiveType type) {
            super(column, type);
            this.decimalScale = type.getLogicalTypeAnnotation()
                    instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal ? decimal.getScale() : -1;
        }

        @Override
        void set(RowValues target, long value) {
            target.setMoney(column, value);
        }

        /** A float's shortest decimal form, not the double nearest to the float. */
        @Override
        long fromFloat(float value) {
            return scaledFromDecimal(new BigDecimal(Float.toString(value)));
        }

        @Override
        long fromLong(long value) {
            return fromUnscaled(BigInteger.valueOf(value));
        }

        @Override
        long fromInt(int value) {
            return fromUnscaled(BigInteger.valueOf(value));
        }

        @Override
        long fromBinary(Binary value) {
            if (decimalScale >= 0) {
                return fromUnscaled(new BigInteger(value.getBytes()));
            }
            String text = utf8(value);
            if (text.isEmpty()) {
                return 0;
            }
            try {
                return DecimalText.toScaled(text);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new RowProblem(name, "not a number: '" + text + "'");
            }
        }

        private long fromUnscaled(BigInteger unscaled) {
            return scaledFromDecimal(new BigDecimal(unscaled, Math.max(decimalScale, 0)));
        }

        private long scaledFromDecimal(BigDecimal value) {
            try {
                return Money.toScaled(value);
            } catch (ArithmeticException e) {
                throw new RowProblem(name, "the amount " + value + " is too large");
            }
        }

        /**
         * AWS writes costs as DOUBLE. A value AWS computed with at most 10 decimals is the double nearest to it; scaling
         * by 10^10 and rounding recovers it exactly below 200,000 (the error stays under half a unit), and larger values
         * take the decimal path.
         */
        @Override
        long fromDouble(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new RowProblem(name, "not a number: " + value);
            }
            if (Math.abs(value) < 200_000d) {
                return Math.round(value * 1e10);
            }
            return scaledFromDecimal(new BigDecimal(Double.toString(value)));
        }
    }

    /** Date-times into epoch seconds. */
    static final class TimeConverter extends LongConverter {
        private final long unitsPerSecond;
        private final boolean date;

        TimeConverter(CurColumn column, PrimitiveType type) {
            super(column, type);
            LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
            this.date = logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation;
            if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
                this.unitsPerSecond = switch (timestamp.getUnit()) {
                    case MILLIS -> 1_000L;
                    case MICROS -> 1_000_000L;
                    case NANOS -> 1_000_000_000L;
                };
            } else {
                this.unitsPerSecond = 1_000L;
            }
        }

        @Override
        void set(RowValues target, long value) {
            target.setEpochSecond(column, value);
        }

        @Override
        long fromLong(long value) {
            return Math.floorDiv(value, unitsPerSecond);
        }

        @Override
        long fromInt(int value) {
            return date ? value * 86_400L : value;
        }

        @Override
        long fromDouble(double value) {
            throw new RowProblem(name, "not a date and time: " + value);
        }

        @Override
        long fromBinary(Binary value) {
            if (value.length() == 12 && !isText(value)) {
                // INT96: nanoseconds of the day, then the Julian day, little-endian
                ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                long nanos = bytes.getLong();
                long julianDay = bytes.getInt() & 0xffffffffL;
                return (julianDay - JULIAN_EPOCH_DAY) * 86_400L + nanos / 1_000_000_000L;
            }
            String text = utf8(value);
            try {
                return Timestamps.toEpochSecond(text);
            } catch (DateTimeException e) {
                throw new RowProblem(name, "not a date and time: '" + text + "'");
            }
        }

        private static boolean isText(Binary value) {
            byte[] bytes = value.getBytes();
            return bytes[4] == '-' && bytes[7] == '-';
        }
    }
}
