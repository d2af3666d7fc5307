package org.cloudspend.accounts.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Finds an account's export by name where AWS keeps its definition: Data Exports ({@code ListExports}, then
 * {@code GetExport}) for CUR 2.0, Cost and Usage Reports ({@code DescribeReportDefinitions}) for the legacy CUR.
 */
final class ExportDirectory {

    /** The export as AWS defines it, and its health. */
    record FoundExport(ExportDefinition definition, String status) {
    }

    /** No export of that name; the message lists the names that do exist. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    private static final Pattern EXPORT_NAME = Pattern.compile("[0-9A-Za-z!\\-_.*'()]{1,128}");
    private static final Pattern REPORT_NAME = Pattern.compile("[0-9A-Za-z!\\-_.*'()]{1,256}");

    private final AwsJsonClient dataExports;
    private final AwsJsonClient cur;

    ExportDirectory(AwsJsonClient dataExports, AwsJsonClient cur) {
        this.dataExports = dataExports;
        this.cur = cur;
    }

    FoundExport find(AwsCredentialsProvider credentials, ExportDefinition requested, String accountNumber) {
        return requested.type() == ExportType.CUR2
                ? findExport(credentials, requested.name(), accountNumber)
                : findReport(credentials, requested.name(), accountNumber);
    }

    private FoundExport findExport(AwsCredentialsProvider credentials, String name, String accountNumber) {
        if (!EXPORT_NAME.matcher(name).matches()) {
            throw new NotFound("'" + name + "' cannot be a Data Exports export name: 1 to 128 letters, digits and"
                    + " !-_.*'()");
        }
        List<String> names = new ArrayList<>();
        Optional<JsonNode> match = pages(credentials, dataExports, "ListExports", "Exports",
                e -> e.path("ExportName").asText().equals(name), e -> names.add(e.path("ExportName").asText()));
        JsonNode summary = match.orElseThrow(() -> new NotFound("No CUR 2.0 export named '" + name + "' in account "
                + accountNumber + " (Data Exports has " + quoted(names) + "): check the name, or the export type"
                + " if it is a legacy Cost and Usage Report"));
        JsonNode export = dataExports.call(credentials, "GetExport",
                AwsJsonClient.body().put("ExportArn", summary.path("ExportArn").asText())).path("Export");
        String query = export.path("DataQuery").path("QueryStatement").asText().toUpperCase(Locale.ROOT);
        if (!query.contains("COST_AND_USAGE_REPORT")) {
            throw new NotFound("The export '" + name + "' of account " + accountNumber + " does not export CUR 2.0"
                    + " (its query reads another table): choose the export of table COST_AND_USAGE_REPORT");
        }
        JsonNode s3 = export.path("DestinationConfigurations").path("S3Destination");
        JsonNode output = s3.path("S3OutputConfigurations");
        ExportFormat format = "PARQUET".equals(output.path("Format").asText()) ? ExportFormat.PARQUET
                : ExportFormat.CSV_GZIP;
        return new FoundExport(new ExportDefinition(ExportType.CUR2, name, format,
                new S3Location(s3.path("S3Bucket").asText(), s3.path("S3Prefix").asText(),
                        s3.path("S3Region").asText()), ExportVersioning.fromAws(output.path("Overwrite").asText())),
                summary.path("ExportStatus").path("StatusCode").asText("UNKNOWN"));
    }

    private FoundExport findReport(AwsCredentialsProvider credentials, String name, String accountNumber) {
        if (!REPORT_NAME.matcher(name).matches()) {
            throw new NotFound("'" + name + "' cannot be a Cost and Usage Report name: 1 to 256 letters, digits and"
                    + " !-_.*'()");
        }
        List<String> names = new ArrayList<>();
        JsonNode report = pages(credentials, cur, "DescribeReportDefinitions", "ReportDefinitions",
                r -> r.path("ReportName").asText().equals(name), r -> names.add(r.path("ReportName").asText()))
                .orElseThrow(() -> new NotFound("No legacy Cost and Usage Report named '" + name + "' in account "
                        + accountNumber + " (it has " + quoted(names) + "): check the name, or the export type if it"
                        + " is a CUR 2.0 export of Data Exports"));
        ExportFormat format = "Parquet".equalsIgnoreCase(report.path("Format").asText()) ? ExportFormat.PARQUET
                : ExportFormat.CSV_GZIP;
        return new FoundExport(new ExportDefinition(ExportType.LEGACY, name, format,
                new S3Location(report.path("S3Bucket").asText(), report.path("S3Prefix").asText(),
                        report.path("S3Region").asText()),
                ExportVersioning.fromAws(report.path("ReportVersioning").asText())), "HEALTHY");
    }

    /** Walks every page of a listing until an item matches; each item seen is also handed to {@code seen}. */
    private static Optional<JsonNode> pages(AwsCredentialsProvider credentials, AwsJsonClient client, String operation,
            String listField, Predicate<JsonNode> wanted, java.util.function.Consumer<JsonNode> seen) {
        String token = null;
        do {
            ObjectNode request = AwsJsonClient.body();
            if (token != null) {
                request.put("NextToken", token);
            }
            JsonNode page = client.call(credentials, operation, request);
            for (JsonNode item : page.path(listField)) {
                if (wanted.test(item)) {
                    return Optional.of(item);
                }
                seen.accept(item);
            }
            token = page.hasNonNull("NextToken") ? page.get("NextToken").asText() : null;
        } while (token != null);
        return Optional.empty();
    }

    private static String quoted(List<String> names) {
        return names.isEmpty() ? "none" : "'" + String.join("', '", names) + "'";
    }
}
