package org.cloudspend.cur.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportType;

/**
 * Reads the manifests of both export families. Legacy manifests are well known ({@code assemblyId}, {@code reportKeys},
 * {@code billingPeriod.start} ...); CUR 2.0 manifests are read leniently, accepting the key names public readers report
 * ({@code executionId}, {@code dataFiles}, {@code exportArn}) beside the legacy ones.
 */
final class ManifestParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestParser() {
    }

    /** The largest manifest read unless configured otherwise: AWS's are kilobytes. */
    static final long DEFAULT_MAX_BYTES = 16L << 20;

    static ExportManifest parse(ExportType type, String key, InputStream in) throws ExportReadException {
        return parse(type, key, in, DEFAULT_MAX_BYTES);
    }

    /** Reads a manifest of at most {@code maxBytes}; a larger one is refused before it is parsed. */
    static ExportManifest parse(ExportType type, String key, InputStream in, long maxBytes)
            throws ExportReadException {
        JsonNode root;
        try {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new ExportReadException(key, "the manifest is larger than " + (maxBytes >> 10) + " KB"
                        + " (manifest.max.megabytes of org.cloudspend.cur): AWS's are a few kilobytes", null);
            }
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ExportReadException(key, "the manifest is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ExportReadException(key, "the manifest cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ExportReadException(key, "the manifest is not a JSON object", null);
        }
        List<String> dataFiles = strings(root, "dataFiles", "reportKeys");
        if (dataFiles == null) {
            throw missing(key, type == ExportType.LEGACY ? "reportKeys" : "dataFiles");
        }
        String deliveryId = text(root, "executionId", "assemblyId");
        if (deliveryId == null) {
            throw missing(key, type == ExportType.LEGACY ? "assemblyId" : "executionId");
        }
        String name = text(root, "exportName", "reportName");
        if (name == null) {
            name = nameFromArn(text(root, "exportArn"));
        }
        if (name == null) {
            throw missing(key, type == ExportType.LEGACY ? "reportName" : "exportName or exportArn");
        }
        return new ExportManifest(type, format(root, dataFiles), name, billingPeriod(key, root), deliveryId,
                dataFiles, columns(root));
    }

    private static BillingPeriod billingPeriod(String key, JsonNode root) throws ExportReadException {
        JsonNode period = root.get("billingPeriod");
        String start = period == null ? null : period.isObject() ? text(period, "start") : period.asText();
        if (start == null || start.isEmpty()) {
            throw missing(key, "billingPeriod");
        }
        try {
            if (start.length() >= 8 && Character.isDigit(start.charAt(4))) {
                // legacy: 20180801T000000.000Z
                return new BillingPeriod(YearMonth.of(Integer.parseInt(start.substring(0, 4)),
                        Integer.parseInt(start.substring(4, 6))));
            }
            return new BillingPeriod(YearMonth.parse(start.length() > 7 ? start.substring(0, 7) : start));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new ExportReadException(key, "the manifest's billing period is not a month: '" + start + "'", e);
        }
    }

    private static ExportFormat format(JsonNode root, List<String> dataFiles) {
        String declared = (text(root, "compression") + " " + text(root, "contentType") + " "
                + text(root, "format")).toLowerCase(Locale.ROOT);
        boolean parquetFiles = !dataFiles.isEmpty()
                && dataFiles.stream().allMatch(file -> file.toLowerCase(Locale.ROOT).endsWith(".parquet"));
        return declared.contains("parquet") || parquetFiles ? ExportFormat.PARQUET : ExportFormat.CSV_GZIP;
    }

    private static List<String> columns(JsonNode root) {
        List<String> columns = new ArrayList<>();
        JsonNode array = root.get("columns");
        if (array != null && array.isArray()) {
            for (JsonNode column : array) {
                if (column.isTextual()) {
                    columns.add(column.asText());
                } else if (column.has("category") && column.has("name")) {
                    columns.add(column.get("category").asText() + "/" + column.get("name").asText());
                } else if (column.has("name")) {
                    columns.add(column.get("name").asText());
                }
            }
        }
        return columns;
    }

    /** The strings of the first field present: an array of texts, or of objects with a {@code key}. */
    private static List<String> strings(JsonNode root, String... fields) {
        for (String field : fields) {
            JsonNode array = root.get(field);
            if (array != null && array.isArray()) {
                List<String> values = new ArrayList<>();
                for (JsonNode value : array) {
                    values.add(value.isObject() && value.has("key") ? value.get("key").asText() : value.asText());
                }
                return values;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }

    /** An export ARN ends in {@code export/<name>-<uuid>}: the name is what precedes the UUID. */
    private static final java.util.regex.Pattern EXPORT_ARN = java.util.regex.Pattern.compile(
            ".*:export/(.+?)(-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?");

    private static String nameFromArn(String arn) {
        if (arn == null) {
            return null;
        }
        java.util.regex.Matcher matcher = EXPORT_ARN.matcher(arn);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static ExportReadException missing(String key, String field) {
        return new ExportReadException(key, "the manifest has no " + field, null);
    }
}
