package org.cloudspend.store.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.MonthToDate;
import org.cloudspend.api.cost.PeriodComparison;
import org.cloudspend.api.export.CostMeasure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Cost questions answered from the stored daily facts. */
@Component(service = CostQueryService.class)
public final class CostQueries implements CostQueryService {

    private final StoreDatabase database;

    @Activate
    public CostQueries(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public CostResult query(CostQuery query) {
        return database.question("answer the cost query", connection -> CostQuerySql.run(connection, query));
    }

    /** Both questions in one read transaction: a load committing meanwhile changes neither. */
    @Override
    public PeriodComparison compare(CostQuery query) {
        return database.question("answer the cost query", connection -> new PeriodComparison(
                CostQuerySql.run(connection, query), CostQuerySql.run(connection, query.previousPeriod())));
    }

    @Override
    public MonthToDate monthToDate(LocalDate today, CostMeasure measure, List<Filter> filters) {
        return database.question("answer the month-to-date question", connection -> {
            YearMonth month = YearMonth.from(today);
            LocalDate first = month.atDay(1);
            LocalDate through = lastDay(connection, first, today);
            int days = through.getDayOfMonth();
            CostResult soFar = total(connection, first, through.plusDays(1), filters, measure);
            LocalDate previousFirst = month.minusMonths(1).atDay(1);
            LocalDate previousSameEnd = previousFirst.plusDays(Math.min(days, month.minusMonths(1).lengthOfMonth()));
            CostResult previousSameDays = total(connection, previousFirst, previousSameEnd, filters, measure);
            CostResult previousMonth = total(connection, previousFirst, first, filters, measure);
            BigDecimal forecast = soFar.total().multiply(BigDecimal.valueOf(month.lengthOfMonth()))
                    .divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_EVEN);
            return new MonthToDate(month, through, soFar.total(), previousSameDays.total(), previousMonth.total(),
                    forecast, soFar.currency());
        });
    }

    private static CostResult total(Connection connection, LocalDate from, LocalDate toExclusive,
            List<Filter> filters, CostMeasure measure) throws SQLException {
        return CostQuerySql.run(connection,
                new CostQuery(from, toExclusive, Granularity.TOTAL, List.of(), filters, measure, 0));
    }

    /** The last day of the month up to {@code today} that has costs; the first day when none has. */
    private static LocalDate lastDay(Connection connection, LocalDate first, LocalDate today) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT max(day) FROM " + DailyServiceCosts.TABLE + " WHERE day >= ? AND day <= ?")) {
            statement.setObject(1, first);
            statement.setObject(2, today);
            try (ResultSet result = statement.executeQuery()) {
                LocalDate last = result.next() ? result.getObject(1, LocalDate.class) : null;
                return last == null ? first : last;
            }
        }
    }
}
