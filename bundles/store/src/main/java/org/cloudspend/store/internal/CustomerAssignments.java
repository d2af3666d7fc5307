package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** Recomputes every assignment (customers or rules changed); runs inside the caller's transaction, if any. */
    static void recompute(Connection connection, Database backend) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM customer_assignments");
        }
        try (PreparedStatement insert = connection.prepareStatement(assignFrom("cost_facts", backend))) {
            assign(insert, 1);
        }
    }

    /**
     * Assigns the (tag set, account) pairs of a load's facts (an export's period) that have no assignment yet: the rules
     * did not change, so earlier pairs keep theirs. Without a rule there is nothing to do.
     */
    static void assignNew(Connection connection, Database backend, String exportId, String period)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rules = statement.executeQuery("SELECT count(*) FROM mapping_rules")) {
            if (rules.next() && rules.getLong(1) == 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(assignFrom("cost_facts s"
                + " WHERE s.export_id = ? AND s.period = ? AND NOT EXISTS (SELECT 1 FROM customer_assignments a"
                + " WHERE a.label_set_id = s.label_set_id AND a.account IS NOT DISTINCT FROM s.account)", backend))) {
            insert.setString(1, exportId);
            insert.setString(2, period);
            assign(insert, 3);
        }
    }

    /** The statement assigning the distinct (tag set, account) pairs of the facts source (with its WHERE clause). */
    private static String assignFrom(String facts, Database backend) {
        return "INSERT INTO customer_assignments"
                + " SELECT k.label_set_id, k.account, (array_agg(r.customer_id ORDER BY r.precedence, r.id))[1]"
                + " FROM (SELECT DISTINCT label_set_id, account FROM " + facts + ") k"
                + " JOIN mapping_rules r ON (r.kind = 'LINKED_ACCOUNT' AND r.rule_value = k.account)"
                + "   OR (r.kind IN ('TAG', 'COST_CATEGORY') AND EXISTS (SELECT 1 FROM label_set_entries e"
                + "       WHERE e.set_id = k.label_set_id"
                + "         AND e.kind = CASE r.kind WHEN 'TAG' THEN ? ELSE ? END"
                + "         AND e.label_key = r.rule_key AND e.label_value = r.rule_value))"
                + " JOIN customers c ON c.id = r.customer_id"
                + " GROUP BY k.label_set_id, k.account" + backend.ignoringDuplicates();
    }

    /** Binds the kinds (after the source's parameters, from that index) and runs the assignment. */
    private static void assign(PreparedStatement insert, int kindsIndex) throws SQLException {
        insert.setString(kindsIndex, LabelSets.TAG);
        insert.setString(kindsIndex + 1, LabelSets.COST_CATEGORY);
        insert.executeUpdate();
    }
}
