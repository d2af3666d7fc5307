package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetPeriod;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;

/** Budgets: one row each, and one row per value of each filter of their scope. */
final class BudgetTables {

    private BudgetTables() {
    }

    static List<Budget> budgets(Connection connection, String name) throws SQLException {
        Map<String, List<Filter>> filters = filters(connection, name);
        List<Budget> budgets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(name == null
                ? "SELECT * FROM budgets ORDER BY name" : "SELECT * FROM budgets WHERE name = ?")) {
            if (name != null) {
                select.setString(1, name);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String budget = row.getString("name");
                    budgets.add(new Budget(budget, BudgetPeriod.valueOf(row.getString("period")),
                            CostMeasure.valueOf(row.getString("measure")), row.getBigDecimal("amount"),
                            row.getString("currency"), thresholds(row.getString("thresholds")),
                            filters.getOrDefault(budget, List.of()), excluded(row.getString("excluded"))));
                }
            }
        }
        return budgets;
    }

    /** Adds or replaces the budget, in the caller's transaction. */
    static void save(Connection connection, Budget budget) throws SQLException {
        delete(connection, budget.name());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO budgets VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, budget.name());
            insert.setString(2, budget.period().name());
            insert.setString(3, budget.measure().name());
            insert.setBigDecimal(4, budget.amount());
            insert.setString(5, budget.currency());
            insert.setString(6, budget.thresholds().stream().map(BudgetThreshold::toString)
                    .collect(Collectors.joining(",")));
            insert.setString(7, budget.excluded().stream().map(ExcludedCharge::name).sorted()
                    .collect(Collectors.joining(",")));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO budget_filters VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Filter filter : budget.filters()) {
                for (String value : filter.values()) {
                    insert.setString(1, budget.name());
                    insert.setInt(2, position);
                    insert.setString(3, filter.on().dimension().name());
                    insert.setString(4, filter.on().key());
                    insert.setBoolean(5, filter.exclude());
                    insert.setString(6, value);
                    insert.addBatch();
                }
                position++;
            }
            insert.executeBatch();
        }
    }

    static boolean delete(Connection connection, String name) throws SQLException {
        try (PreparedStatement filters = connection.prepareStatement("DELETE FROM budget_filters WHERE budget_name = ?");
                PreparedStatement budget = connection.prepareStatement("DELETE FROM budgets WHERE name = ?")) {
            filters.setString(1, name);
            filters.executeUpdate();
            budget.setString(1, name);
            return budget.executeUpdate() > 0;
        }
    }

    /** Each budget's filters, in the order they were given. */
    private static Map<String, List<Filter>> filters(Connection connection, String name) throws SQLException {
        record Key(String budget, int position, GroupBy on, boolean exclude) {
        }
        Map<Key, Set<String>> values = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM budget_filters"
                + (name == null ? "" : " WHERE budget_name = ?") + " ORDER BY budget_name, filter_position, filter_value")) {
            if (name != null) {
                select.setString(1, name);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Key key = new Key(row.getString("budget_name"), row.getInt("filter_position"),
                            new GroupBy(Dimension.valueOf(row.getString("dimension")), row.getString("label_key")),
                            row.getBoolean("excluding"));
                    values.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.getString("filter_value"));
                }
            }
        }
        Map<String, List<Filter>> filters = new LinkedHashMap<>();
        values.forEach((key, set) -> filters.computeIfAbsent(key.budget(), k -> new ArrayList<>())
                .add(new Filter(key.on(), set, key.exclude())));
        return filters;
    }

    private static List<BudgetThreshold> thresholds(String text) {
        return Arrays.stream(text.split(",")).map(BudgetThreshold::parse).toList();
    }

    private static Set<ExcludedCharge> excluded(String text) {
        return text.isEmpty() ? Set.of()
                : Arrays.stream(text.split(",")).map(ExcludedCharge::valueOf).collect(Collectors.toSet());
    }
}
