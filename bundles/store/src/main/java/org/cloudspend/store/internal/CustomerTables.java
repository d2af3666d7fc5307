package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.MappingRule;

/** MSP customers and the rules that map cost to them. */
final class CustomerTables {

    private CustomerTables() {
    }

    static List<Customer> customers(Connection connection, String id) throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(id == null
                ? "SELECT * FROM customers ORDER BY name, id" : "SELECT * FROM customers WHERE id = ?")) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    customers.add(new Customer(row.getString("id"), row.getString("name"), row.getString("currency"),
                            row.getBigDecimal("markup_percent").stripTrailingZeros()));
                }
            }
        }
        return customers;
    }

    static Optional<Customer> customer(Connection connection, String id) throws SQLException {
        return customers(connection, id).stream().findFirst();
    }

    static void save(Connection connection, Customer customer) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM customers WHERE id = ?")) {
            delete.setString(1, customer.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customers VALUES (?, ?, ?, ?)")) {
            insert.setString(1, customer.id());
            insert.setString(2, customer.name());
            insert.setString(3, customer.currency());
            insert.setBigDecimal(4, customer.markupPercent());
            insert.executeUpdate();
        }
    }

    /** Removes the customer and its rules, in the caller's transaction. */
    static boolean delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement rules = connection.prepareStatement("DELETE FROM mapping_rules WHERE customer_id = ?");
                PreparedStatement customer = connection.prepareStatement("DELETE FROM customers WHERE id = ?")) {
            rules.setString(1, id);
            rules.executeUpdate();
            customer.setString(1, id);
            return customer.executeUpdate() > 0;
        }
    }

    static List<MappingRule> rules(Connection connection) throws SQLException {
        List<MappingRule> rules = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM mapping_rules ORDER BY precedence, id");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rules.add(new MappingRule(row.getString("id"), row.getString("customer_id"),
                        MappingRule.Kind.valueOf(row.getString("kind")), row.getString("rule_key"),
                        row.getString("rule_value"), row.getInt("precedence")));
            }
        }
        return rules;
    }

    static void save(Connection connection, MappingRule rule) throws SQLException {
        if (customer(connection, rule.customerId()).isEmpty()) {
            throw new IllegalArgumentException("No customer '" + rule.customerId() + "' to map cost to");
        }
        deleteRule(connection, rule.id());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO mapping_rules VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, rule.id());
            insert.setString(2, rule.customerId());
            insert.setString(3, rule.kind().name());
            insert.setString(4, rule.key());
            insert.setString(5, rule.value());
            insert.setInt(6, rule.precedence());
            insert.executeUpdate();
        }
    }

    static boolean deleteRule(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mapping_rules WHERE id = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() > 0;
        }
    }
}
