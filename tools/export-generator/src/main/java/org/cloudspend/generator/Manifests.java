package org.cloudspend.generator;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** The manifests of each family, as AWS writes them. */
final class Manifests {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private Manifests() {
    }

    static String of(ExportSpec spec, String deliveryId, String payer, List<Column> columns, List<String> keys) {
        StringBuilder json = new StringBuilder("{\n");
        YearMonth period = spec.period();
        if (spec.family() == ExportSpec.Family.LEGACY) {
            field(json, "assemblyId", deliveryId);
            field(json, "account", payer);
            json.append("  \"columns\": [");
            String separator = "";
            for (Column column : columns) {
                // AWS leaves the tag columns out of legacy manifests: readers must trust the file's header
                if (column.name().startsWith("resourceTags/") || column.name().startsWith("resource_tags_")) {
                    continue;
                }
                String[] parts = column.name().contains("/") ? column.name().split("/", 2)
                        : new String[] {column.name().substring(0, column.name().indexOf('_')),
                                column.name().substring(column.name().indexOf('_') + 1)};
                json.append(separator).append("{\"category\": \"").append(parts[0]).append("\", \"name\": \"")
                        .append(parts[1]).append("\", \"type\": \"").append(legacyType(column)).append("\"}");
                separator = ", ";
            }
            json.append("],\n");
            field(json, "charset", "UTF-8");
            field(json, "compression", spec.parquet() ? "Parquet" : "GZIP");
            field(json, "contentType", spec.parquet() ? "Parquet" : "text/csv");
            field(json, "reportId", UUID.nameUUIDFromBytes(spec.name().getBytes()).toString());
            field(json, "reportName", spec.name());
            json.append("  \"billingPeriod\": {\"start\": \"").append(period.atDay(1).format(COMPACT))
                    .append("T000000.000Z\", \"end\": \"").append(period.plusMonths(1).atDay(1).format(COMPACT))
                    .append("T000000.000Z\"},\n");
            field(json, "bucket", "cloudspend-synthetic");
            keys(json, "reportKeys", keys);
            json.append(",\n  \"additionalArtifactKeys\": []\n}\n");
            return json.toString();
        }
        field(json, "executionId", deliveryId);
        field(json, "exportArn", "arn:aws:bcm-data-exports:us-east-1:" + payer + ":export/" + spec.name() + "-"
                + UUID.nameUUIDFromBytes(spec.name().getBytes()));
        json.append("  \"billingPeriod\": {\"start\": \"").append(period.atDay(1)).append("T00:00:00.000Z\", \"end\": \"")
                .append(period.plusMonths(1).atDay(1)).append("T00:00:00.000Z\"},\n");
        json.append("  \"columns\": [");
        String separator = "";
        for (Column column : columns) {
            json.append(separator).append("{\"name\": \"").append(column.name()).append("\", \"type\": \"")
                    .append(column.kind() == Column.Kind.MONEY ? "double" : column.kind() == Column.Kind.TIMESTAMP
                            ? "timestamp" : column.kind() == Column.Kind.MAP ? "map<string,string>" : "string")
                    .append("\"}");
            separator = ", ";
        }
        json.append("],\n");
        keys(json, "dataFiles", keys);
        json.append("\n}\n");
        return json.toString();
    }

    private static String legacyType(Column column) {
        return switch (column.kind()) {
            case MONEY -> "OptionalBigDecimal";
            case TIMESTAMP -> "DateTime";
            default -> "OptionalString";
        };
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  \"").append(name).append("\": \"").append(value).append("\",\n");
    }

    private static void keys(StringBuilder json, String name, List<String> keys) {
        json.append("  \"").append(name).append("\": [");
        for (int i = 0; i < keys.size(); i++) {
            json.append(i == 0 ? "\"" : ", \"").append(keys.get(i)).append('"');
        }
        json.append(']');
    }
}
