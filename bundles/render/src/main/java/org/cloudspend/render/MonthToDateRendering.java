package org.cloudspend.render;

import java.util.List;
import org.cloudspend.api.cost.MonthToDate;
import org.cloudspend.api.cost.PeriodComparison;

/** Where a month stands: its cost so far, last month over the same days and in all, and the month-end forecast. */
public final class MonthToDateRendering {

    private MonthToDateRendering() {
    }

    public static Rendering of(MonthToDate month) {
        String currency = month.currency();
        Rendering rendering = new Rendering(List.of(
                Column.of("figure", "Figure", Column.Kind.TEXT).notInTable(),
                Column.of("label", "", Column.Kind.TEXT),
                Column.of("amount", "Amount (" + currency + ")", Column.Kind.AMOUNT),
                Column.of("changePercent", "Change %", Column.Kind.DECIMAL)));
        rendering.row("monthToDate", "Month to date", month.monthToDate(), null);
        rendering.row("previousSameDays", "Last month, same days", month.previousSameDays(),
                PeriodComparison.change(month.monthToDate(), month.previousSameDays()).orElse(null));
        rendering.row("previousMonth", "Last month", month.previousMonth(), null);
        rendering.row("forecast", "Forecast (daily run rate)", month.forecast(), null);
        rendering.summary("month", month.month().toString());
        rendering.summary("through", month.through());
        rendering.summary("currency", currency);
        rendering.summary("monthToDate", month.monthToDate());
        rendering.summary("previousSameDays", month.previousSameDays());
        rendering.summary("changePercent",
                PeriodComparison.change(month.monthToDate(), month.previousSameDays()).orElse(null));
        rendering.summary("previousMonth", month.previousMonth());
        rendering.summary("forecast", month.forecast());
        rendering.note("Month " + month.month() + ", costs through " + month.through() + "; the change is this month"
                + " to date against last month's same days");
        return rendering;
    }
}
