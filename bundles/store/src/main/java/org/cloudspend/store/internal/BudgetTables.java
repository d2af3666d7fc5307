package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetPeriod;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.export.CostMeasure;

/** Budgets: one row each, and one row per value of each filter of their scope. */
final class BudgetTables {

    private static final ScopeFilters FILTERS = new ScopeFilters("budget_filters", "budget_name");

    private BudgetTables() {
    }

    static List<Budget> budgets(Connection connection, String name) throws SQLException {
        Map<String, List<Filter>> filters = FILTERS.read(connection, name);
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
        FILTERS.write(connection, budget.name(), budget.filters());
    }

    static boolean delete(Connection connection, String name) throws SQLException {
        FILTERS.delete(connection, name);
        try (PreparedStatement budget = connection.prepareStatement("DELETE FROM budgets WHERE name = ?")) {
            budget.setString(1, name);
            return budget.executeUpdate() > 0;
        }
    }

    private static List<BudgetThreshold> thresholds(String text) {
        return Arrays.stream(text.split(",")).map(BudgetThreshold::parse).toList();
    }

    private static Set<ExcludedCharge> excluded(String text) {
        return text.isEmpty() ? Set.of()
                : Arrays.stream(text.split(",")).map(ExcludedCharge::valueOf).collect(Collectors.toSet());
    }
}
