package org.cloudspend.render;

import java.util.List;
import java.util.Locale;
import org.cloudspend.api.alert.Alert;

/** Alerts, newest change first. */
public final class AlertRendering {

    private AlertRendering() {
    }

    public static Rendering alerts(List<Alert> alerts, boolean unresolvedOnly) {
        return alerts(alerts, unresolvedOnly ? "No open alerts." : "No alerts yet.");
    }

    /** The alerts, saying {@code whenNone} when there are none. */
    public static Rendering alerts(List<Alert> alerts, String whenNone) {
        Rendering rendering = new Rendering(List.of(
                Column.of("id", "Alert", Column.Kind.TEXT),
                Column.of("state", "State", Column.Kind.TEXT),
                Column.of("kind", "Kind", Column.Kind.TEXT),
                Column.of("subject", "Subject", Column.Kind.TEXT),
                Column.of("condition", "Condition", Column.Kind.TEXT),
                Column.of("value", "Value", Column.Kind.AMOUNT).absentAs(""),
                Column.of("limit", "Limit", Column.Kind.AMOUNT).absentAs(""),
                Column.of("currency", "Currency", Column.Kind.TEXT).absentAs(""),
                Column.of("changedAt", "Since (UTC)", Column.Kind.TIME),
                Column.of("raisedAt", "Raised at", Column.Kind.TIME).notInTable(),
                Column.of("summary", "Summary", Column.Kind.TEXT).notInTable()))
                .whenEmpty(whenNone);
        for (Alert alert : alerts) {
            rendering.row(alert.id(), alert.state().name().toLowerCase(Locale.ROOT),
                    alert.kind().name().toLowerCase(Locale.ROOT), alert.subject(), alert.condition(), alert.value(),
                    alert.limit(), alert.currency(), alert.changedAt(), alert.raisedAt(), alert.summary());
            rendering.note(alert.id() + ": " + alert.summary());
        }
        return rendering;
    }
}
