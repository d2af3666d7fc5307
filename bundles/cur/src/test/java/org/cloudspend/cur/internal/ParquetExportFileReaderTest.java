package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Compressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xerial.snappy.Snappy;

/**
 * Parquet files as other writers than the generator's DuckDB write them (parquet-java: data pages V1 and V2,
 * dictionary, PLAIN, DELTA and BYTE_STREAM_SPLIT encodings, small and large pages, every codec AWS uses), read to
 * values computed here independently; and broken files give precise errors.
 */
class ParquetExportFileReaderTest {

    private static final int ROWS = 3_000;
    private static final long JANUARY_2025 = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final String[] TYPES = {"Usage", "Usage", "Usage", "Credit", "Tax", "Refund", "DiscountedUsage"};

    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message cur {
              optional int64 bill_billing_period_start_date (TIMESTAMP(MILLIS,true));
              optional binary bill_payer_account_id (STRING);
              optional binary line_item_usage_account_id (STRING);
              optional binary line_item_line_item_type (STRING);
              optional int64 line_item_usage_start_date (TIMESTAMP(MICROS,false));
              optional int96 line_item_usage_end_date;
              optional binary line_item_product_code (STRING);
              optional binary line_item_resource_id (STRING);
              optional double line_item_usage_amount;
              optional binary line_item_currency_code (STRING);
              optional double line_item_unblended_cost;
              optional int64 line_item_net_unblended_cost (DECIMAL(18,10));
              optional binary product_region_code (STRING);
              optional boolean line_item_is_unread;
              optional group resource_tags (MAP) {
                repeated group key_value {
                  required binary key (STRING);
                  optional binary value (STRING);
                }
              }
            }
            """);

    @TempDir
    Path folder;

    private final CurExportReader reader = new CurExportReader(new AwsTagNormalizer());

    static Stream<Arguments> writers() {
        List<Arguments> writers = new ArrayList<>();
        for (WriterVersion version : WriterVersion.values()) {
            for (boolean dictionary : new boolean[] {true, false}) {
                for (int pageRows : new int[] {257, 20_000}) {
                    writers.add(Arguments.of(version, dictionary, pageRows, false));
                }
            }
            writers.add(Arguments.of(version, false, 500, true));
        }
        return writers.stream();
    }

    @ParameterizedTest(name = "{0} dictionary={1} page rows={2} byte stream split={3}")
    @MethodSource("writers")
    void everyEncodingReadsToTheWrittenValues(WriterVersion version, boolean dictionary, int pageRows,
            boolean byteStreamSplit) throws Exception {
        Path file = folder.resolve("cur.parquet");
        write(file, CompressionCodecName.SNAPPY, builder -> builder.withWriterVersion(version)
                .withDictionaryEncoding(dictionary).withPageRowCountLimit(pageRows)
                .withByteStreamSplitEncoding(byteStreamSplit));

        assertReadsTheWrittenRows(file);
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void everyCodecAwsAndCommonWritersUseIsRead(CompressionCodecName codec) throws Exception {
        Path file = folder.resolve("cur.parquet");
        write(file, codec, builder -> builder.withPageRowCountLimit(1_000));

        assertReadsTheWrittenRows(file);
    }

    /**
     * DuckDB, Athena (CTAS) and Spark write CUR data as DECIMAL, often DECIMAL(38,18) in FIXED_LEN_BYTE_ARRAY; AWS
     * writes DOUBLE; other tools FLOAT or text.
     */
    @ParameterizedTest(name = "{0} {1} dictionary={2}")
    @MethodSource("numberColumns")
    void usageAndCostsOfEveryNumberTypeReadToTheLastDecimal(String physical, String annotation, boolean dictionary)
            throws Exception {
        MessageType schema = MessageTypeParser.parseMessageType("""
                message cur {
                  optional int64 bill_billing_period_start_date (TIMESTAMP(MILLIS,true));
                  optional binary bill_payer_account_id (STRING);
                  optional binary line_item_usage_account_id (STRING);
                  optional binary line_item_line_item_type (STRING);
                  optional int64 line_item_usage_start_date (TIMESTAMP(MICROS,false));
                  optional binary line_item_product_code (STRING);
                  optional %1$s line_item_usage_amount %2$s;
                  optional binary line_item_currency_code (STRING);
                  optional %1$s line_item_unblended_cost %2$s;
                }
                """.formatted(physical, annotation));
        var type = schema.getType("line_item_unblended_cost").asPrimitiveType();
        boolean isFloat = type.getPrimitiveTypeName() == PrimitiveTypeName.FLOAT;
        int scale = type.getLogicalTypeAnnotation() instanceof DecimalLogicalTypeAnnotation decimal
                ? decimal.getScale() : isFloat ? 2 : 6;
        Path file = folder.resolve("numbers.parquet");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        BigDecimal expectedCost = BigDecimal.ZERO;
        BigDecimal expectedUsage = BigDecimal.ZERO;
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withCodecFactory(new TestCodecs())
                .withDictionaryEncoding(dictionary).withType(schema).build()) {
            for (int i = 0; i < 500; i++) {
                // a float holds about seven significant digits: its amounts stay within them
                BigDecimal cost = isFloat ? BigDecimal.valueOf((i * 7919L) % 20_000 - 5_000, 2)
                        : BigDecimal.valueOf((i * 7919L) % 200_000 - 50_000, 3).setScale(scale);
                BigDecimal usage = BigDecimal.valueOf(i % 37, 2).setScale(scale);
                expectedCost = expectedCost.add(cost);
                expectedUsage = expectedUsage.add(usage);
                Group row = groups.newGroup()
                        .append("bill_billing_period_start_date", JANUARY_2025 * 1000)
                        .append("bill_payer_account_id", "999988887777")
                        .append("line_item_usage_account_id", account(i))
                        .append("line_item_line_item_type", "Usage")
                        .append("line_item_usage_start_date", start(i) * 1_000_000)
                        .append("line_item_product_code", "AmazonEC2")
                        .append("line_item_currency_code", "USD");
                appendNumber(row, schema, "line_item_usage_amount", usage);
                appendNumber(row, schema, "line_item_unblended_cost", cost);
                writer.write(row);
            }
        }
        BigDecimal[] usage = {BigDecimal.ZERO};
        ReadSummary summary = reader.read(ExportType.CUR2, file, item -> usage[0] = usage[0].add(item.usageAmount()));
        assertEquals(0, expectedCost.compareTo(summary.totals().get(CostMeasure.UNBLENDED)), summary.toString());
        assertEquals(0, expectedUsage.compareTo(usage[0]), usage[0].toPlainString());
    }

    static Stream<Arguments> numberColumns() {
        List<Arguments> columns = new ArrayList<>();
        for (String[] type : new String[][] {{"fixed_len_byte_array(16)", "(DECIMAL(38,18))"},
                {"binary", "(DECIMAL(38,18))"}, {"int64", "(DECIMAL(18,10))"}, {"int32", "(DECIMAL(9,3))"},
                {"double", ""}, {"float", ""}, {"binary", "(STRING)"}}) {
            columns.add(Arguments.of(type[0], type[1], true));
            columns.add(Arguments.of(type[0], type[1], false));
        }
        return columns.stream();
    }

    /** A number as its column stores it: a decimal's unscaled value in its physical type, a float, or text. */
    private static void appendNumber(Group row, MessageType schema, String column, BigDecimal value) {
        var type = schema.getType(column).asPrimitiveType();
        if (!(type.getLogicalTypeAnnotation() instanceof DecimalLogicalTypeAnnotation)) {
            switch (type.getPrimitiveTypeName()) {
                case DOUBLE -> row.append(column, value.doubleValue());
                case FLOAT -> row.append(column, value.floatValue());
                default -> row.append(column, value.toPlainString());
            }
            return;
        }
        java.math.BigInteger unscaled = value.unscaledValue();
        switch (type.getPrimitiveTypeName()) {
            case INT32 -> row.append(column, unscaled.intValueExact());
            case INT64 -> row.append(column, unscaled.longValueExact());
            case FIXED_LEN_BYTE_ARRAY -> {
                byte[] bytes = unscaled.toByteArray();
                byte[] padded = new byte[type.getTypeLength()];
                java.util.Arrays.fill(padded, (byte) (unscaled.signum() < 0 ? -1 : 0));
                System.arraycopy(bytes, 0, padded, padded.length - bytes.length, bytes.length);
                row.append(column, org.apache.parquet.io.api.Binary.fromConstantByteArray(padded));
            }
            default -> row.append(column, org.apache.parquet.io.api.Binary.fromConstantByteArray(unscaled.toByteArray()));
        }
    }

    @Test
    void rowGroupsDecodedSideBySideGiveEveryRowOnce() throws Exception {
        Path file = folder.resolve("cur.parquet");
        write(file, CompressionCodecName.SNAPPY, builder -> builder.withRowGroupRowCountLimit(400)
                .withPageRowCountLimit(100));

        List<String> read = java.util.Collections.synchronizedList(new ArrayList<>());
        ReadSummary summary = reader.read(ExportType.CUR2, file, item -> read.add(describe(item)));

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            expected.add(expectedRow(i));
        }
        java.util.Collections.sort(expected);
        java.util.Collections.sort(read);
        assertEquals(expected, read);
        assertEquals(ROWS, summary.rows());
        assertEquals(0, new BigDecimal("1674.45").compareTo(summary.totals().get(CostMeasure.UNBLENDED)));
    }

    @Test
    void aRepeatedValueIsOneStringInEveryRowGroup() throws Exception {
        Path file = folder.resolve("cur.parquet");
        write(file, CompressionCodecName.SNAPPY, builder -> builder.withRowGroupRowCountLimit(400)
                .withPageRowCountLimit(100));

        // each row group decodes dictionaries of its own: the store then compares labels by reference
        Map<String, Set<String>> instances = new HashMap<>();
        reader.read(ExportType.CUR2, file, item -> {
            synchronized (instances) {
                Stream.concat(Stream.of(item.usageAccountId(), item.productCode(), item.region(), item.lineItemType()),
                        item.tags().values().stream()).forEach(value -> instances
                                .computeIfAbsent(value, v -> Collections.newSetFromMap(new IdentityHashMap<>()))
                                .add(value));
            }
        });

        long types = Arrays.stream(TYPES).distinct().count();
        assertEquals(3 + 5 + 2 + types + 13 * 3, instances.size(), instances.keySet().toString());
        instances.forEach((value, strings) -> assertEquals(1, strings.size(), value));
    }

    @Test
    void aTruncatedFileIsAnErrorNeverAShortSuccess() throws Exception {
        Path file = folder.resolve("cur.parquet");
        write(file, CompressionCodecName.SNAPPY, builder -> builder);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

        ExportReadException e = assertThrows(ExportReadException.class, () -> readAll(file));
        assertEquals("cur.parquet: not a Parquet file (no Parquet footer: it is truncated or of another format)",
                e.getMessage());
    }

    @Test
    void corruptPagesAreAnErrorNeverAShortSuccess() throws Exception {
        Path file = folder.resolve("cur.parquet");
        write(file, CompressionCodecName.SNAPPY, builder -> builder.withDictionaryEncoding(false));
        byte[] bytes = Files.readAllBytes(file);
        // the middle of the data: some column chunk's pages, far from the footer
        java.util.Arrays.fill(bytes, bytes.length / 3, bytes.length / 3 + 64, (byte) 0x5a);
        Files.write(file, bytes);

        ExportReadException e = assertThrows(ExportReadException.class, () -> readAll(file));
        assertTrue(e.getMessage().startsWith("cur.parquet, row 1: the Parquet data is corrupt or truncated ("),
                e.getMessage());
    }

    @Test
    void anEncodingNumberNoParquetVersionDefinesIsNamedWithItsColumn() throws Exception {
        Path file = folder.resolve("cur.parquet");
        write(file, CompressionCodecName.SNAPPY, builder -> builder.withDictionaryEncoding(false));
        renumberPlainInFooter(file, 42);

        ExportReadException e = assertThrows(ExportReadException.class, () -> readAll(file));
        assertEquals("cur.parquet: column bill_billing_period_start_date is written in encoding number 42, which"
                + " Parquet does not define (cloudspend reads every encoding Parquet defines, PLAIN to"
                + " BYTE_STREAM_SPLIT)", e.getMessage());
    }

    /**
     * Rewrites the footer's encodings (each column chunk's list, its pages' statistics) as a newer writer's: PLAIN (0)
     * becomes the number given.
     */
    private static void renumberPlainInFooter(Path file, int number) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int length = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt();
        int start = bytes.length - 8 - length;
        org.apache.parquet.format.FileMetaData footer = org.apache.parquet.format.Util.readFileMetaData(
                new java.io.ByteArrayInputStream(bytes, start, length));
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        footer.write(new shaded.parquet.org.apache.thrift.protocol.TCompactProtocol(
                new shaded.parquet.org.apache.thrift.transport.TIOStreamTransport(rewritten)) {
            private boolean inEncodings;
            private String field = "";

            @Override
            public void writeFieldBegin(shaded.parquet.org.apache.thrift.protocol.TField begun)
                    throws shaded.parquet.org.apache.thrift.TException {
                field = begun.name;
                super.writeFieldBegin(begun);
            }

            @Override
            public void writeListBegin(shaded.parquet.org.apache.thrift.protocol.TList list)
                    throws shaded.parquet.org.apache.thrift.TException {
                inEncodings = list.elemType == 8; // Thrift's I32
                super.writeListBegin(list);
            }

            @Override
            public void writeListEnd() throws shaded.parquet.org.apache.thrift.TException {
                inEncodings = false;
                super.writeListEnd();
            }

            @Override
            public void writeI32(int value) throws shaded.parquet.org.apache.thrift.TException {
                super.writeI32((inEncodings || field.equals("encoding")) && value == 0 ? number : value);
            }
        });
        // both numbers take one byte in Thrift's compact form: the footer keeps its length and place
        assertEquals(length, rewritten.size());
        System.arraycopy(rewritten.toByteArray(), 0, bytes, start, length);
        Files.write(file, bytes);
    }

    @Test
    void aMissingRequiredColumnIsNamed() throws Exception {
        Path file = folder.resolve("cur.parquet");
        MessageType withoutCost = new MessageType("cur", SCHEMA.getFields().stream()
                .filter(field -> !field.getName().equals("line_item_unblended_cost")).toList());
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withCodecFactory(new TestCodecs())
                .withType(withoutCost).build()) {
            writer.write(new SimpleGroupFactory(withoutCost).newGroup().append("line_item_currency_code", "USD"));
        }

        ExportReadException e = assertThrows(ExportReadException.class, () -> readAll(file));
        assertEquals("cur.parquet, column line_item_unblended_cost: a required column is missing (the file has 14"
                + " columns)", e.getMessage());
    }

    @Test
    void aBadTextDateInAnyRowGroupNamesRowAndColumn() throws Exception {
        Path file = folder.resolve("cur.parquet");
        MessageType textDates = MessageTypeParser.parseMessageType(SCHEMA.toString()
                .replace("optional int64 line_item_usage_start_date (TIMESTAMP(MICROS,false))",
                        "optional binary line_item_usage_start_date (STRING)"));
        SimpleGroupFactory groups = new SimpleGroupFactory(textDates);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withCodecFactory(new TestCodecs())
                .withType(textDates).withRowGroupRowCountLimit(300).build()) {
            for (int i = 0; i < 2_000; i++) {
                Group row = groups.newGroup()
                        .append("bill_billing_period_start_date", JANUARY_2025 * 1000)
                        .append("line_item_usage_account_id", "111122223333")
                        .append("line_item_line_item_type", "Usage")
                        .append("line_item_usage_start_date", i == 1_234 ? "yesterday" : "2025-01-02T00:00:00Z")
                        .append("line_item_currency_code", "USD")
                        .append("line_item_unblended_cost", 1.5);
                writer.write(row);
            }
        }

        ExportReadException e = assertThrows(ExportReadException.class, () -> readAll(file));
        assertEquals("cur.parquet, row 1235, column line_item_usage_start_date: not a date and time: 'yesterday'",
                e.getMessage());
    }

    @ParameterizedTest(name = "bad cost in row {0}, bad date in row {1}")
    @org.junit.jupiter.params.provider.CsvSource({"31, 13, 13, line_item_usage_start_date, not a date and time: 'soon'",
        "13, 31, 13, line_item_unblended_cost, not a number: 'lots'",
        "13, 13, 13, line_item_unblended_cost, not a number: 'lots'"})
    void theFirstRowWithAnUnreadableValueIsReportedWhicheverItsColumn(int badCostRow, int badDateRow, int reported,
            String column, String problem) throws Exception {
        Path file = folder.resolve("cur.parquet");
        // the cost comes before the date, so it is read first when rows are read column by column
        MessageType textValues = MessageTypeParser.parseMessageType("""
                message cur {
                  optional binary line_item_unblended_cost (STRING);
                  optional binary line_item_usage_start_date (STRING);
                  optional int64 bill_billing_period_start_date (TIMESTAMP(MILLIS,true));
                  optional binary line_item_usage_account_id (STRING);
                  optional binary line_item_line_item_type (STRING);
                  optional binary line_item_currency_code (STRING);
                }
                """);
        SimpleGroupFactory groups = new SimpleGroupFactory(textValues);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withCodecFactory(new TestCodecs())
                .withType(textValues).build()) {
            for (int row = 1; row <= 100; row++) {
                writer.write(groups.newGroup()
                        .append("line_item_unblended_cost", row == badCostRow ? "lots" : "1.25")
                        .append("line_item_usage_start_date", row == badDateRow ? "soon" : "2025-01-02T00:00:00Z")
                        .append("bill_billing_period_start_date", JANUARY_2025 * 1000)
                        .append("line_item_usage_account_id", "111122223333")
                        .append("line_item_line_item_type", "Usage")
                        .append("line_item_currency_code", "USD"));
            }
        }

        ExportReadException e = assertThrows(ExportReadException.class, () -> readAll(file));
        assertEquals("cur.parquet, row " + reported + ", column " + column + ": " + problem, e.getMessage());
    }

    private void assertReadsTheWrittenRows(Path file) throws ExportReadException {
        List<String> read = new ArrayList<>();
        ReadSummary summary = reader.read(ExportType.CUR2, file, item -> read.add(describe(item)));

        List<String> expected = new ArrayList<>();
        BigDecimal unblended = BigDecimal.ZERO;
        BigDecimal netUnblended = BigDecimal.ZERO;
        for (int i = 0; i < ROWS; i++) {
            expected.add(expectedRow(i));
            unblended = unblended.add(cost(i));
            netUnblended = netUnblended.add(netCost(i) == null ? cost(i) : netCost(i));
        }
        assertEquals(expected, read);
        assertEquals(ROWS, summary.rows());
        assertEquals(0, unblended.compareTo(summary.totals().get(CostMeasure.UNBLENDED)), summary.toString());
        assertEquals(0, netUnblended.compareTo(summary.totals().get(CostMeasure.NET_UNBLENDED)), summary.toString());
        assertEquals(new BigDecimal("1674.4500000000"), unblended.setScale(10));
    }

    private static String describe(LineItem item) {
        return String.join("|", item.billingPeriod().toString(), item.payerAccountId(), item.usageAccountId(),
                item.lineItemType(), item.usageStart().toString(), item.usageEnd().toString(), item.productCode(),
                item.resourceId(), item.usageAmount().stripTrailingZeros().toPlainString(), item.currency(),
                item.cost(CostMeasure.UNBLENDED).stripTrailingZeros().toPlainString(),
                item.cost(CostMeasure.NET_UNBLENDED).stripTrailingZeros().toPlainString(), item.region(),
                new TreeMap<>(item.tags()).toString());
    }

    private static String expectedRow(int i) {
        Map<String, String> tags = new TreeMap<>();
        for (int t = 0; t < i % 4; t++) {
            tags.put(CANONICAL_TAG_KEYS.get(t), "value-" + (i % 13) + "-" + t);
        }
        BigDecimal net = netCost(i) == null ? cost(i) : netCost(i);
        return String.join("|", "2025-01", "999988887777", account(i), TYPES[i % TYPES.length],
                Instant.ofEpochSecond(start(i)).toString(), Instant.ofEpochSecond(start(i) + 3600).toString(),
                "Amazon" + (i % 5), resource(i) == null ? "" : resource(i),
                usage(i).stripTrailingZeros().toPlainString(), "USD", cost(i).stripTrailingZeros().toPlainString(),
                net.stripTrailingZeros().toPlainString(), i % 3 == 0 ? "eu-west-1" : "us-east-1", tags.toString());
    }

    private static String account(int i) {
        return "1111222233" + (30 + i % 3);
    }

    private static long start(int i) {
        return JANUARY_2025 + (i % 744) * 3600L;
    }

    private static String resource(int i) {
        return i % 7 == 0 ? null : "i-" + Integer.toHexString(i * 7919);
    }

    private static BigDecimal usage(int i) {
        return BigDecimal.valueOf(i % 50, 1);
    }

    /** Costs with up to four decimals, some negative (credits, refunds), as AWS writes them: DOUBLE. */
    private static BigDecimal cost(int i) {
        return BigDecimal.valueOf((i * 37L) % 100_000 - 40_000, 4);
    }

    /** The net cost, DECIMAL(18,10); null on every fifth row (where the net measure is the unblended one). */
    private static BigDecimal netCost(int i) {
        return i % 5 == 0 ? null : cost(i).subtract(BigDecimal.valueOf(i % 9, 10));
    }

    private static String tagKey(int t) {
        return List.of("user_team", "user_cost_center", "aws_created_by").get(t);
    }

    private static final List<String> CANONICAL_TAG_KEYS = List.of("team", "cost_center", "aws_created_by");

    private interface Configure {
        ExampleParquetWriter.Builder apply(ExampleParquetWriter.Builder builder);
    }

    private static void write(Path file, CompressionCodecName codec, Configure configure) throws IOException {
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        ExampleParquetWriter.Builder builder = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new TestCodecs())
                .withCompressionCodec(codec)
                .withType(SCHEMA);
        try (ParquetWriter<Group> writer = configure.apply(builder).build()) {
            for (int i = 0; i < ROWS; i++) {
                Group row = groups.newGroup()
                        .append("bill_billing_period_start_date", JANUARY_2025 * 1000)
                        .append("bill_payer_account_id", "999988887777")
                        .append("line_item_usage_account_id", account(i))
                        .append("line_item_line_item_type", TYPES[i % TYPES.length])
                        .append("line_item_usage_start_date", start(i) * 1_000_000)
                        .append("line_item_usage_end_date", int96(start(i) + 3600))
                        .append("line_item_product_code", "Amazon" + (i % 5))
                        .append("line_item_usage_amount", usage(i).doubleValue())
                        .append("line_item_currency_code", "USD")
                        .append("line_item_unblended_cost", cost(i).doubleValue())
                        .append("product_region_code", i % 3 == 0 ? "eu-west-1" : "us-east-1")
                        .append("line_item_is_unread", i % 2 == 0);
                if (resource(i) != null) {
                    row.append("line_item_resource_id", resource(i));
                }
                if (netCost(i) != null) {
                    row.append("line_item_net_unblended_cost", netCost(i).unscaledValue().longValueExact());
                }
                if (i % 4 > 0) {
                    Group tags = row.addGroup("resource_tags");
                    for (int t = 0; t < i % 4; t++) {
                        tags.addGroup("key_value").append("key", tagKey(t)).append("value", "value-" + (i % 13)
                                + "-" + t);
                    }
                }
                writer.write(row);
            }
        }
    }

    private static NanoTime int96(long epochSecond) {
        return new NanoTime((int) (Math.floorDiv(epochSecond, 86_400) + 2_440_588),
                Math.floorMod(epochSecond, 86_400) * 1_000_000_000L);
    }

    private void readAll(Path file) throws ExportReadException {
        reader.read(ExportType.CUR2, file, item -> { });
    }

    /** The compressing side of the codecs AWS uses, for writing test files without Hadoop's codecs. */
    private static final class TestCodecs implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    byte[] plain = bytes.toByteArray();
                    return BytesInput.from(switch (codec) {
                        case UNCOMPRESSED -> plain;
                        case SNAPPY -> Snappy.compress(plain);
                        case ZSTD -> Zstd.compress(plain);
                        case LZ4_RAW -> {
                            Lz4Compressor lz4 = new Lz4Compressor();
                            byte[] out = new byte[lz4.maxCompressedLength(plain.length)];
                            int length = lz4.compress(plain, 0, plain.length, out, 0, out.length);
                            yield java.util.Arrays.copyOf(out, length);
                        }
                        case GZIP -> {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            try (OutputStream gzip = new GZIPOutputStream(out)) {
                                gzip.write(plain);
                            }
                            yield out.toByteArray();
                        }
                        default -> throw new IOException(codec + " is not used here");
                    });
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            return new ParquetCodecs().getDecompressor(codec);
        }

        @Override
        public void release() {
        }
    }
}
