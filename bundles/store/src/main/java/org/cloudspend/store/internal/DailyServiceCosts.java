package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.Dimension;

/**
 * The daily facts summed per day, account, service and line item type: a summary kept with the facts in the same
 * transaction, a few hundred times smaller than they are, from which the store answers the questions that need no
 * other dimension (cost per account, payer, service or line item type by day or month: the overview questions, asked
 * most). Any other question reads the facts.
 */
final class DailyServiceCosts {

    static final String TABLE = "daily_service_costs";

    /** The dimensions the summary keeps, besides the day (and the export, period and currency of its facts). */
    private static final Set<Dimension> KEPT = Set.of(Dimension.ACCOUNT, Dimension.PAYER, Dimension.SERVICE,
            Dimension.LINE_ITEM_TYPE);

    private static final String LOAD_COLUMNS = "day, payer, account, service, line_item_type, currency";
    private static final String COLUMNS = "export_id, period, " + LOAD_COLUMNS;
    private static final String SUMMED = LOAD_COLUMNS
            + ", sum(unblended), sum(net_unblended), sum(amortized), sum(net_amortized)";

    static final String CREATE = "CREATE TABLE " + TABLE + " (export_id VARCHAR NOT NULL, period VARCHAR NOT NULL,"
            + " day DATE NOT NULL, payer VARCHAR, account VARCHAR, service VARCHAR, line_item_type VARCHAR,"
            + " currency VARCHAR, unblended DECIMAL(38,10), net_unblended DECIMAL(38,10), amortized DECIMAL(38,10),"
            + " net_amortized DECIMAL(38,10))";

    /** Sums every fact: the migration that creates the summary of the facts loaded before it existed. */
    static final String FILL = "INSERT INTO " + TABLE + " SELECT export_id, period, " + SUMMED + " FROM cost_facts"
            + " GROUP BY " + COLUMNS;

    private DailyServiceCosts() {
    }

    /** Whether the summary answers the question exactly: it groups and filters only by what the summary keeps. */
    static boolean answers(CostQuery query) {
        return Stream.concat(query.groupBy().stream(), query.filters().stream().map(filter -> filter.on()))
                .allMatch(group -> KEPT.contains(group.dimension()));
    }

    /**
     * Sums a load anew, inside the caller's transaction: the export's period loses its old sums and gets those of
     * the load's spooled line items (the same sums as its facts', without reading them back), summed per day and
     * dimension tuple before the tuples are joined.
     */
    static void replace(Connection connection, String exportId, String period, String lineItems, String dimensions)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + TABLE + " WHERE export_id = ? AND period = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " SELECT ?, ?, "
                        + SUMMED + " FROM (SELECT day, dimensions, sum(unblended) AS unblended,"
                        + " sum(net_unblended) AS net_unblended, sum(amortized) AS amortized,"
                        + " sum(net_amortized) AS net_amortized FROM " + lineItems + " GROUP BY day, dimensions) s"
                        + " JOIN " + dimensions + " d ON d.dimensions = s.dimensions GROUP BY " + LOAD_COLUMNS)) {
            delete.setString(1, exportId);
            delete.setString(2, period);
            delete.executeUpdate();
            insert.setString(1, exportId);
            insert.setString(2, period);
            insert.executeUpdate();
        }
    }
}
