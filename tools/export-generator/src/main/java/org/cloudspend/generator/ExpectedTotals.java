package org.cloudspend.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of what the generator wrote, kept as exact sums of the amounts it put in the files: what a correct reader
 * must add up to. Written beside the export as {@code expected-totals.json}.
 */
public final class ExpectedTotals {

    /** The four measures, named as cloudspend's CostMeasure. */
    public static final String[] MEASURES = {"UNBLENDED", "NET_UNBLENDED", "AMORTIZED", "NET_AMORTIZED"};

    /** Rows and the four totals of a group of line items. */
    public static final class Sums {
        private long rows;
        private final BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};

        void add(GeneratedLine line) {
            rows++;
            long[] values = {line.unblended(), line.netUnblendedMeasure(), line.amortized(), line.netAmortized()};
            for (int i = 0; i < values.length; i++) {
                totals[i] = totals[i].add(BigDecimal.valueOf(values[i], 10));
            }
        }

        public long rows() {
            return rows;
        }

        /** The exact total of the measure (one of {@link #MEASURES}), with 10 decimals. */
        public BigDecimal total(String measure) {
            for (int i = 0; i < MEASURES.length; i++) {
                if (MEASURES[i].equals(measure)) {
                    return totals[i].setScale(10);
                }
            }
            throw new IllegalArgumentException("No measure " + measure);
        }
    }

    private final Sums overall = new Sums();
    private final Map<String, Sums> byLineItemType = new TreeMap<>();
    private final Map<String, Sums> byUsageAccount = new TreeMap<>();
    private final Map<String, Sums> byProductCode = new TreeMap<>();

    void add(GeneratedLine line) {
        overall.add(line);
        byLineItemType.computeIfAbsent(line.lineItemType(), k -> new Sums()).add(line);
        byUsageAccount.computeIfAbsent(line.usageAccountId(), k -> new Sums()).add(line);
        byProductCode.computeIfAbsent(line.service().productCode(), k -> new Sums()).add(line);
    }

    public Sums overall() {
        return overall;
    }

    public Map<String, Sums> byLineItemType() {
        return byLineItemType;
    }

    public Map<String, Sums> byUsageAccount() {
        return byUsageAccount;
    }

    public Map<String, Sums> byProductCode() {
        return byProductCode;
    }

    void write(Path file) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"rows\": ").append(overall.rows).append(",\n  \"totals\": ");
        appendSums(json, overall);
        appendGroups(json, "byLineItemType", byLineItemType);
        appendGroups(json, "byUsageAccount", byUsageAccount);
        appendGroups(json, "byProductCode", byProductCode);
        json.append("\n}\n");
        Files.writeString(file, json);
    }

    private static void appendGroups(StringBuilder json, String name, Map<String, Sums> groups) {
        json.append(",\n  \"").append(name).append("\": {");
        String separator = "\n    ";
        for (Map.Entry<String, Sums> group : groups.entrySet()) {
            json.append(separator).append('"').append(group.getKey()).append("\": ");
            appendSums(json, group.getValue());
            separator = ",\n    ";
        }
        json.append("\n  }");
    }

    private static void appendSums(StringBuilder json, Sums sums) {
        json.append("{\"rows\": ").append(sums.rows);
        for (String measure : MEASURES) {
            json.append(", \"").append(measure).append("\": \"").append(sums.total(measure).toPlainString()).append('"');
        }
        json.append('}');
    }
}
