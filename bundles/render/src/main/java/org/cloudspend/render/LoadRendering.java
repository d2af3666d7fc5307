package org.cloudspend.render;

import java.math.BigDecimal;
import java.util.List;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;

/** The load history: which delivery replaced which billing period, with what, how fast, or why it failed. */
public final class LoadRendering {

    private LoadRendering() {
    }

    public static Rendering of(List<LoadRecord> loads) {
        Rendering rendering = new Rendering(List.of(
                Column.of("startedAt", "Started (UTC)", Column.Kind.TIME),
                Column.of("export", "Export", Column.Kind.TEXT),
                Column.of("period", "Period", Column.Kind.TEXT),
                Column.of("delivery", "Delivery", Column.Kind.TEXT),
                Column.of("lineItems", "Line items", Column.Kind.COUNT),
                Column.of("dailyFacts", "Daily facts", Column.Kind.COUNT),
                Column.of("unblended", "Unblended", Column.Kind.AMOUNT),
                Column.of("seconds", "Seconds", Column.Kind.DECIMAL),
                Column.of("result", "Result", Column.Kind.TEXT)))
                .whenEmpty("No loads yet: cloudspend:ingest-status says what each account's export holds.");
        for (LoadRecord load : loads) {
            rendering.row(load.startedAt(), load.claim().exportId(), load.claim().period().toString(),
                    load.claim().deliveryId(), load.rowsIn(), load.rowsOut(),
                    load.totals().get(CostMeasure.UNBLENDED),
                    BigDecimal.valueOf(load.duration().toMillis()).movePointLeft(3).setScale(1,
                            java.math.RoundingMode.HALF_EVEN),
                    load.purge() ? load.error().orElseThrow()
                            : load.error().map(error -> "failed: " + error).orElse("loaded"));
        }
        return rendering;
    }
}
