package org.cloudspend.generator;

import static org.cloudspend.generator.Column.Kind.MAP;
import static org.cloudspend.generator.Column.Kind.MONEY;
import static org.cloudspend.generator.Column.Kind.TEXT;
import static org.cloudspend.generator.Column.Kind.TIMESTAMP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of a generated export, named as each family and format names them: legacy CSV {@code category/Name} with
 * one column per tag; legacy Parquet the same in snake_case, tag columns that meet in one name merged as AWS merges
 * them; CUR 2.0 snake_case with tags and cost categories as MAP columns and the account names it adds.
 */
final class ExportColumns {

    /** Product attributes that make a row as wide as AWS's (values are short or empty, as in real reports). */
    private static final List<String> PRODUCT_ATTRIBUTES = List.of("product/servicecode", "product/productFamily",
            "product/instanceType", "product/instanceFamily", "product/vcpu", "product/memory",
            "product/operatingSystem", "product/tenancy", "product/licenseModel", "product/preInstalledSw",
            "product/storageClass", "product/storageMedia", "product/volumeType", "product/databaseEngine",
            "product/deploymentOption", "product/group", "product/groupDescription", "product/transferType",
            "product/fromLocation", "product/toLocation", "product/usagetype", "product/operation",
            "product/currentGeneration", "product/clockSpeed", "product/networkPerformance", "product/ecu",
            "product/physicalProcessor", "product/processorArchitecture", "product/dedicatedEbsThroughput",
            "product/enhancedNetworkingSupported", "product/capacitystatus", "product/sku", "pricing/term",
            "pricing/LeaseContractLength", "pricing/PurchaseOption", "pricing/publicOnDemandCost",
            "pricing/publicOnDemandRate", "pricing/RateCode", "pricing/RateId", "lineItem/LegalEntity");

    private ExportColumns() {
    }

    static List<Column> of(ExportSpec spec) {
        boolean legacyCsv = spec.family() == ExportSpec.Family.LEGACY && !spec.parquet();
        List<Column> legacy = legacyColumns(spec);
        List<Column> columns = new ArrayList<>();
        for (Column column : legacy) {
            columns.add(legacyCsv ? column : new Column(ColumnNames.snake(column.name()), column.kind(), column.value()));
        }
        if (spec.family() == ExportSpec.Family.CUR2) {
            columns.add(new Column("bill_payer_account_name", TEXT, line -> "Payer " + line.payerAccountId()));
            columns.add(new Column("line_item_usage_account_name", TEXT, GeneratedLine::usageAccountName));
            columns.add(new Column("resource_tags", MAP, line -> cur2Map(line.tags())));
            columns.add(new Column("cost_category", MAP, line -> cur2Map(line.costCategories())));
            return columns;
        }
        columns.addAll(tagColumns(legacyCsv));
        columns.add(new Column(legacyCsv ? "costCategory/Department" : "cost_category_department", TEXT,
                line -> line.costCategories().getOrDefault("Department", "")));
        return columns;
    }

    private static List<Column> legacyColumns(ExportSpec spec) {
        List<Column> c = new ArrayList<>();
        add(c, "identity/LineItemId", TEXT, GeneratedLine::lineItemId);
        add(c, "identity/TimeInterval", TEXT,
                line -> Text.time(line.usageStartSecond()) + "/" + Text.time(line.usageEndSecond()));
        add(c, "bill/InvoiceId", TEXT, line -> "");
        add(c, "bill/BillingEntity", TEXT, line -> "AWS");
        add(c, "bill/BillType", TEXT, line -> "Anniversary");
        add(c, "bill/PayerAccountId", TEXT, GeneratedLine::payerAccountId);
        long periodStart = spec.period().atDay(1).toEpochDay() * 86_400;
        long periodEnd = spec.period().plusMonths(1).atDay(1).toEpochDay() * 86_400;
        add(c, "bill/BillingPeriodStartDate", TIMESTAMP, line -> Text.time(periodStart));
        add(c, "bill/BillingPeriodEndDate", TIMESTAMP, line -> Text.time(periodEnd));
        add(c, "lineItem/UsageAccountId", TEXT, GeneratedLine::usageAccountId);
        add(c, "lineItem/LineItemType", TEXT, GeneratedLine::lineItemType);
        add(c, "lineItem/UsageStartDate", TIMESTAMP, line -> Text.time(line.usageStartSecond()));
        add(c, "lineItem/UsageEndDate", TIMESTAMP, line -> Text.time(line.usageEndSecond()));
        add(c, "lineItem/ProductCode", TEXT, line -> line.service().productCode());
        add(c, "lineItem/UsageType", TEXT, GeneratedLine::usageType);
        add(c, "lineItem/Operation", TEXT, GeneratedLine::operation);
        add(c, "lineItem/AvailabilityZone", TEXT, GeneratedLine::availabilityZone);
        add(c, "lineItem/ResourceId", TEXT, GeneratedLine::resourceId);
        add(c, "lineItem/UsageAmount", TEXT, GeneratedLine::usageAmount);
        add(c, "lineItem/NormalizationFactor", TEXT, line -> "");
        add(c, "lineItem/CurrencyCode", TEXT, line -> "USD");
        add(c, "lineItem/UnblendedCost", MONEY, line -> Text.money(line.unblended()));
        add(c, "lineItem/BlendedCost", MONEY, line -> Text.money(line.unblended()));
        if (spec.netColumns()) {
            add(c, "lineItem/NetUnblendedCost", MONEY, line -> Text.money(line.netUnblended()));
        }
        add(c, "lineItem/LineItemDescription", TEXT, line -> line.lineItemType() + " of " + line.usageType()
                + (line.region() == null ? "" : " in " + line.region().location()));
        add(c, "lineItem/TaxType", TEXT, line -> line.lineItemType().equals("Tax") ? "VAT" : "");
        add(c, "product/ProductName", TEXT, line -> line.service().productName());
        add(c, "product/regionCode", TEXT,
                line -> line.region() != null && line.regionCodeWritten() ? line.region().code() : "");
        add(c, "product/location", TEXT, line -> line.region() == null ? "" : line.region().location());
        add(c, "pricing/unit", TEXT, line -> line.service().unit());
        for (String attribute : PRODUCT_ATTRIBUTES) {
            add(c, attribute, TEXT, line -> attribute.endsWith("servicecode") ? line.service().productCode()
                    : attribute.endsWith("term") ? "OnDemand" : "");
        }
        add(c, "reservation/ReservationARN", TEXT, line -> nullToEmpty(line.reservationArn()));
        add(c, "reservation/EffectiveCost", MONEY, line -> Text.money(line.reservationEffectiveCost()));
        add(c, "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod", MONEY,
                line -> Text.money(line.reservationUnusedUpfront()));
        add(c, "reservation/UnusedRecurringFee", MONEY, line -> Text.money(line.reservationUnusedRecurring()));
        add(c, "savingsPlan/SavingsPlanARN", TEXT, line -> nullToEmpty(line.savingsPlanArn()));
        add(c, "savingsPlan/SavingsPlanEffectiveCost", MONEY, line -> Text.money(line.savingsPlanEffectiveCost()));
        add(c, "savingsPlan/TotalCommitmentToDate", MONEY, line -> Text.money(line.savingsPlanTotalCommitment()));
        add(c, "savingsPlan/UsedCommitment", MONEY, line -> Text.money(line.savingsPlanUsedCommitment()));
        if (spec.netColumns()) {
            add(c, "reservation/NetEffectiveCost", MONEY, line -> Text.money(line.reservationNetEffectiveCost()));
            add(c, "reservation/NetUnusedAmortizedUpfrontFeeForBillingPeriod", MONEY,
                    line -> Text.money(line.reservationNetUnusedUpfront()));
            add(c, "reservation/NetUnusedRecurringFee", MONEY,
                    line -> Text.money(line.reservationNetUnusedRecurring()));
            add(c, "savingsPlan/NetSavingsPlanEffectiveCost", MONEY,
                    line -> Text.money(line.savingsPlanNetEffectiveCost()));
        }
        return c;
    }

    /** Legacy tag columns; in Parquet, keys that meet in one column name share the column, as AWS does. */
    private static List<Column> tagColumns(boolean csv) {
        Map<String, List<String>> keysByColumn = new LinkedHashMap<>();
        List<String> originals = new ArrayList<>();
        Catalog.USER_TAG_KEYS.forEach(key -> originals.add("user:" + key));
        originals.addAll(Catalog.SYSTEM_TAG_KEYS);
        for (String original : originals) {
            String csvName = "resourceTags/" + original;
            keysByColumn.computeIfAbsent(csv ? csvName : ColumnNames.snake(csvName), k -> new ArrayList<>())
                    .add(original);
        }
        List<Column> columns = new ArrayList<>();
        keysByColumn.forEach((name, keys) -> columns.add(new Column(name, TEXT, line -> {
            for (String key : keys) {
                String value = line.tags().get(key);
                if (value != null) {
                    return value;
                }
            }
            return "";
        })));
        return columns;
    }

    /** A CUR 2.0 map: keys in AWS's normalised form ({@code user_cost_center}), as a JSON object. */
    private static String cur2Map(Map<String, String> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        Map<String, String> normalized = new LinkedHashMap<>();
        entries.forEach((key, value) -> normalized.putIfAbsent(
                key.startsWith("user:") || key.startsWith("aws:") ? ColumnNames.snake(key) : key, value));
        StringBuilder json = new StringBuilder("{");
        normalized.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            Text.jsonString(json, key);
            json.append(':');
            Text.jsonString(json, value);
        });
        return json.append('}').toString();
    }

    private static void add(List<Column> columns, String name, Column.Kind kind, Function<GeneratedLine, String> value) {
        columns.add(new Column(name, kind, value));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
