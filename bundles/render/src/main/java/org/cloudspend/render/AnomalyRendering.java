package org.cloudspend.render;

import java.util.List;
import java.util.Locale;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.cost.Filter;

/** Anomaly monitors as defined. */
public final class AnomalyRendering {

    private AnomalyRendering() {
    }

    public static Rendering monitors(List<AnomalyMonitor> monitors) {
        Rendering rendering = new Rendering(List.of(
                Column.of("name", "Monitor", Column.Kind.TEXT),
                Column.of("dimension", "Watches", Column.Kind.TEXT),
                Column.of("scope", "Scope", Column.Kind.TEXT),
                Column.of("measure", "Measure", Column.Kind.TEXT),
                Column.of("minImpact", "Min impact", Column.Kind.AMOUNT),
                Column.of("minImpactPercent", "Min impact %", Column.Kind.DECIMAL),
                Column.of("usageOnly", "Usage only", Column.Kind.TEXT)))
                .whenEmpty("No anomaly monitors yet: cloudspend:anomaly-monitor-add adds one.");
        for (AnomalyMonitor monitor : monitors) {
            rendering.row(monitor.name(), monitor.dimension().map(on -> "each " + on.word()).orElse("the total"),
                    Filter.scope(monitor.filters()),
                    monitor.measure().name().toLowerCase(Locale.ROOT).replace('_', '-'), monitor.minImpact(),
                    monitor.minImpactPercent(), monitor.usageOnly() ? "yes" : "no");
        }
        return rendering;
    }
}
