package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which customer each cost belongs to, by the mapping rules: for every (tag set, usage account) the facts hold, the
 * matching rule with the lowest precedence (then the lowest rule id) wins, so a cost is never assigned twice; cost no
 * rule matches has no row and queries show it as unassigned. Recomputed whenever facts, customers or rules change, so
 * that rules apply to past data without reloading anything.
 */
final class CustomerAssignments {

    private CustomerAssignments() {
    }

    /** Runs inside the caller's transaction, if any. */
    static void recompute(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM customer_assignments");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customer_assignments"
                + " SELECT k.label_set_id, k.account, (array_agg(r.customer_id ORDER BY r.precedence, r.id))[1]"
                + " FROM (SELECT DISTINCT label_set_id, account FROM cost_facts) k"
                + " JOIN mapping_rules r ON (r.kind = 'LINKED_ACCOUNT' AND r.rule_value = k.account)"
                + "   OR (r.kind IN ('TAG', 'COST_CATEGORY') AND EXISTS (SELECT 1 FROM label_set_entries e"
                + "       WHERE e.set_id = k.label_set_id"
                + "         AND e.kind = CASE r.kind WHEN 'TAG' THEN ? ELSE ? END"
                + "         AND e.label_key = r.rule_key AND e.label_value = r.rule_value))"
                + " JOIN customers c ON c.id = r.customer_id"
                + " GROUP BY k.label_set_id, k.account")) {
            insert.setString(1, LabelSets.TAG);
            insert.setString(2, LabelSets.COST_CATEGORY);
            insert.executeUpdate();
        }
    }
}
