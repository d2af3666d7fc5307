package org.cloudspend.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.msp.Customer;

/** Turns a {@link CostQuery} into one SQL statement over the daily facts, and its rows into the answer. */
final class CostQuerySql {

    private CostQuerySql() {
    }

    static CostResult run(Connection connection, CostQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT ").append(bucket(query, parameters)).append(" AS bucket");
        StringBuilder joins = new StringBuilder();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < query.groupBy().size(); i++) {
            GroupBy group = query.groupBy().get(i);
            String expression;
            if (group.dimension().keyed()) {
                String alias = "g" + i;
                joins.append(" LEFT JOIN label_set_entries ").append(alias).append(" ON ").append(alias)
                        .append(".set_id = f.label_set_id AND ").append(alias).append(".kind = ? AND ").append(alias)
                        .append(".label_key = ?");
                parameters.add(kind(group.dimension()));
                parameters.add(group.key());
                expression = "coalesce(" + alias + ".label_value, '')";
            } else {
                expression = expression(group.dimension());
            }
            select.append(", ").append(expression).append(" AS group").append(i);
            groups.add("group" + i);
        }
        String measure = measureColumn(query.measure());
        select.append(", sum(f.").append(measure).append(") AS amount, min(f.currency), max(f.currency)");
        // the joins' parameters come before the WHERE clause's
        StringBuilder where = new StringBuilder(" WHERE f.day >= ? AND f.day < ?");
        List<Object> whereParameters = new ArrayList<>();
        whereParameters.add(Date.valueOf(query.from()));
        whereParameters.add(Date.valueOf(query.to()));
        for (Filter filter : query.filters()) {
            where.append(" AND ").append(condition(filter, whereParameters));
        }
        if (Overlaps.any(connection)) {
            // only then: the anti-join costs a scan's worth on large stores
            where.append(" AND ").append(Overlaps.NOT_SUPERSEDED);
        }
        parameters.addAll(whereParameters);
        if (usesCustomers(query)) {
            joins.append(" LEFT JOIN customer_assignments ca ON ca.label_set_id = f.label_set_id"
                    + " AND ca.account IS NOT DISTINCT FROM f.account");
        }
        StringBuilder ordinals = new StringBuilder("1");
        for (int i = 0; i < groups.size(); i++) {
            ordinals.append(", ").append(i + 2);
        }
        String facts = DailyServiceCosts.answers(query) ? DailyServiceCosts.TABLE : "cost_facts";
        // equal amounts in the order of their groups: the same answer every time, whatever order the engine summed in
        String sql = select + " FROM " + facts + " f" + joins + where + " GROUP BY " + ordinals
                + " ORDER BY bucket, amount DESC" + (groups.isEmpty() ? "" : ", " + String.join(", ", groups));

        Map<LocalDate, List<CostRow>> byBucket = new LinkedHashMap<>();
        TreeSet<String> currencies = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    LocalDate bucket = result.getObject(1, LocalDate.class);
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < groups.size(); i++) {
                        String value = result.getString(2 + i);
                        values.add(value == null ? "" : value);
                    }
                    BigDecimal amount = result.getBigDecimal(2 + groups.size());
                    addCurrency(currencies, result.getString(3 + groups.size()));
                    addCurrency(currencies, result.getString(4 + groups.size()));
                    byBucket.computeIfAbsent(bucket, b -> new ArrayList<>()).add(new CostRow(bucket, values, amount));
                }
            }
        }
        List<CostRow> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(10);
        for (List<CostRow> bucketRows : byBucket.values()) {
            rows.addAll(topN(bucketRows, query.topN(), groups.size()));
            for (CostRow row : bucketRows) {
                total = total.add(row.amount());
            }
        }
        String currency = currencies.isEmpty() ? "USD" : currencies.size() == 1 ? currencies.first()
                : "mixed: " + String.join(", ", currencies);
        return new CostResult(query, rows, total, currency);
    }

    private static boolean usesCustomers(CostQuery query) {
        return query.groupBy().stream().anyMatch(g -> g.dimension() == Dimension.CUSTOMER)
                || query.filters().stream().anyMatch(f -> f.on().dimension() == Dimension.CUSTOMER);
    }

    private static void addCurrency(TreeSet<String> currencies, String currency) {
        if (currency != null && !currency.isEmpty()) {
            currencies.add(currency);
        }
    }

    /** The N largest groups of a bucket and, when there are more, the rest summed as {@link CostQuery#OTHERS}. */
    private static List<CostRow> topN(List<CostRow> rows, int n, int groups) {
        if (n == 0 || rows.size() <= n) {
            return rows;
        }
        List<CostRow> kept = new ArrayList<>(rows.subList(0, n));
        BigDecimal others = BigDecimal.ZERO;
        for (CostRow row : rows.subList(n, rows.size())) {
            others = others.add(row.amount());
        }
        List<String> label = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            label.add(CostQuery.OTHERS);
        }
        kept.add(new CostRow(rows.get(0).bucket(), label, others));
        return kept;
    }

    private static String bucket(CostQuery query, List<Object> parameters) {
        return switch (query.granularity()) {
            case DAY -> "f.day";
            case MONTH -> "CAST(date_trunc('month', f.day) AS DATE)";
            case TOTAL -> {
                parameters.add(Date.valueOf(query.from()));
                yield "CAST(? AS DATE)";
            }
        };
    }

    private static String condition(Filter filter, List<Object> parameters) {
        String marks = String.join(", ", java.util.Collections.nCopies(filter.values().size(), "?"));
        if (filter.on().dimension().keyed()) {
            parameters.add(kind(filter.on().dimension()));
            parameters.add(filter.on().key());
            parameters.addAll(filter.values());
            return (filter.exclude() ? "NOT " : "") + "EXISTS (SELECT 1 FROM label_set_entries e WHERE e.set_id ="
                    + " f.label_set_id AND e.kind = ? AND e.label_key = ? AND e.label_value IN (" + marks + "))";
        }
        parameters.addAll(filter.values());
        return expression(filter.on().dimension()) + (filter.exclude() ? " NOT IN (" : " IN (") + marks + ")";
    }

    private static String kind(Dimension dimension) {
        return dimension == Dimension.TAG ? LabelSets.TAG : LabelSets.COST_CATEGORY;
    }

    /** A fact's value of an unkeyed dimension; the customer comes from the assignments joined as {@code ca}. */
    private static String expression(Dimension dimension) {
        return dimension == Dimension.CUSTOMER ? "coalesce(ca.customer_id, '" + Customer.UNASSIGNED + "')"
                : "f." + column(dimension);
    }

    static String column(Dimension dimension) {
        return switch (dimension) {
            case ACCOUNT -> "account";
            case PAYER -> "payer";
            case SERVICE -> "service";
            case REGION -> "region";
            case USAGE_TYPE -> "usage_type";
            case OPERATION -> "operation";
            case LINE_ITEM_TYPE -> "line_item_type";
            case RESOURCE -> "resource";
            case CUSTOMER -> throw new IllegalStateException("the customer is joined, not a column");
            case TAG, COST_CATEGORY -> throw new IllegalStateException(dimension + " is keyed");
        };
    }

    static String measureColumn(CostMeasure measure) {
        return switch (measure) {
            case UNBLENDED -> "unblended";
            case NET_UNBLENDED -> "net_unblended";
            case AMORTIZED -> "amortized";
            case NET_AMORTIZED -> "net_amortized";
        };
    }
}
