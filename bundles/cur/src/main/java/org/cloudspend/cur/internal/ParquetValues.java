package org.cloudspend.cur.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.DateTimeException;
import java.util.function.Consumer;
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

    /** Text values passed to a consumer, e.g. a column of the row or a tag; numbers in their plain decimal form. */
    static final class TextConverter extends PrimitiveConverter {
        private final PrimitiveType.PrimitiveTypeName typeName;
        private final Consumer<String> target;
        private String[] dictionary;

        TextConverter(Consumer<String> target) {
            this(PrimitiveType.PrimitiveTypeName.BINARY, target);
        }

        TextConverter(PrimitiveType.PrimitiveTypeName typeName, Consumer<String> target) {
            this.typeName = typeName;
            this.target = target;
        }

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary dict) {
            dictionary = new String[dict.getMaxId() + 1];
            for (int i = 0; i < dictionary.length; i++) {
                dictionary[i] = switch (typeName) {
                    case INT64 -> Long.toString(dict.decodeToLong(i));
                    case INT32 -> Integer.toString(dict.decodeToInt(i));
                    case DOUBLE -> text(dict.decodeToDouble(i));
                    case FLOAT -> text(dict.decodeToFloat(i));
                    case BOOLEAN -> Boolean.toString(dict.decodeToBoolean(i));
                    default -> dict.decodeToBinary(i).toStringUsingUTF8();
                };
            }
        }

        @Override
        public void addValueFromDictionary(int id) {
            target.accept(dictionary[id]);
        }

        @Override
        public void addBinary(Binary value) {
            target.accept(value.toStringUsingUTF8());
        }

        @Override
        public void addLong(long value) {
            target.accept(Long.toString(value));
        }

        @Override
        public void addInt(int value) {
            target.accept(Integer.toString(value));
        }

        @Override
        public void addDouble(double value) {
            target.accept(text(value));
        }

        @Override
        public void addFloat(float value) {
            target.accept(text(value));
        }

        @Override
        public void addBoolean(boolean value) {
            target.accept(Boolean.toString(value));
        }

        private static String text(double value) {
            return BigDecimal.valueOf(value).toPlainString();
        }

        private static String text(float value) {
            return new BigDecimal(Float.toString(value)).toPlainString();
        }
    }

    /** Money into a scaled long. */
    static final class MoneyConverter extends PrimitiveConverter {
        private final RowValues row;
        private final CurColumn column;
        private final String name;
        private final int decimalScale;
        private final PrimitiveType.PrimitiveTypeName typeName;
        private long[] dictionary;

        MoneyConverter(RowValues row, CurColumn column, PrimitiveType type) {
            this.row = row;
            this.column = column;
            this.name = type.getName();
            this.typeName = type.getPrimitiveTypeName();
            this.decimalScale = type.getLogicalTypeAnnotation()
                    instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal ? decimal.getScale() : -1;
        }

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary dict) {
            dictionary = new long[dict.getMaxId() + 1];
            for (int i = 0; i < dictionary.length; i++) {
                dictionary[i] = switch (typeName) {
                    case DOUBLE -> scaledFromDouble(dict.decodeToDouble(i));
                    case FLOAT -> scaledFromDecimal(new BigDecimal(Float.toString(dict.decodeToFloat(i))));
                    case INT64 -> fromUnscaled(BigInteger.valueOf(dict.decodeToLong(i)));
                    case INT32 -> fromUnscaled(BigInteger.valueOf(dict.decodeToInt(i)));
                    default -> fromBinary(dict.decodeToBinary(i));
                };
            }
        }

        @Override
        public void addValueFromDictionary(int id) {
            row.setMoney(column, dictionary[id]);
        }

        @Override
        public void addDouble(double value) {
            row.setMoney(column, scaledFromDouble(value));
        }

        @Override
        public void addFloat(float value) {
            row.setMoney(column, scaledFromDecimal(new BigDecimal(Float.toString(value))));
        }

        @Override
        public void addLong(long value) {
            row.setMoney(column, fromUnscaled(BigInteger.valueOf(value)));
        }

        @Override
        public void addInt(int value) {
            row.setMoney(column, fromUnscaled(BigInteger.valueOf(value)));
        }

        @Override
        public void addBinary(Binary value) {
            row.setMoney(column, fromBinary(value));
        }

        private long fromBinary(Binary value) {
            if (decimalScale >= 0) {
                return fromUnscaled(new BigInteger(value.getBytes()));
            }
            String text = value.toStringUsingUTF8();
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
        private long scaledFromDouble(double value) {
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
    static final class TimeConverter extends PrimitiveConverter {
        private final RowValues row;
        private final CurColumn column;
        private final String name;
        private final long unitsPerSecond;
        private final boolean date;
        private final PrimitiveType.PrimitiveTypeName typeName;
        private Dictionary dictionary;
        private long[] seconds;
        private boolean[] known;

        TimeConverter(RowValues row, CurColumn column, PrimitiveType type) {
            this.row = row;
            this.column = column;
            this.name = type.getName();
            this.typeName = type.getPrimitiveTypeName();
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

        /** A dictionary's date-times are decoded once each, when a row first uses them (AWS's hours repeat a lot). */
        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary dict) {
            dictionary = dict;
            seconds = new long[dict.getMaxId() + 1];
            known = new boolean[seconds.length];
        }

        @Override
        public void addValueFromDictionary(int id) {
            if (known[id]) {
                row.setEpochSecond(column, seconds[id]);
                return;
            }
            switch (typeName) {
                case INT64 -> addLong(dictionary.decodeToLong(id));
                case INT32 -> addInt(dictionary.decodeToInt(id));
                default -> addBinary(dictionary.decodeToBinary(id));
            }
            seconds[id] = row.epochSecond(column);
            known[id] = true;
        }

        @Override
        public void addLong(long value) {
            row.setEpochSecond(column, Math.floorDiv(value, unitsPerSecond));
        }

        @Override
        public void addInt(int value) {
            row.setEpochSecond(column, date ? value * 86_400L : value);
        }

        @Override
        public void addBinary(Binary value) {
            if (value.length() == 12 && !isText(value)) {
                // INT96: nanoseconds of the day, then the Julian day, little-endian
                ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                long nanos = bytes.getLong();
                long julianDay = bytes.getInt() & 0xffffffffL;
                row.setEpochSecond(column, (julianDay - JULIAN_EPOCH_DAY) * 86_400L + nanos / 1_000_000_000L);
                return;
            }
            String text = value.toStringUsingUTF8();
            try {
                row.setEpochSecond(column, Timestamps.toEpochSecond(text));
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
