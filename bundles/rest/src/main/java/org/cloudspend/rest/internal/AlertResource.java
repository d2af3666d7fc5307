package org.cloudspend.rest.internal;

import java.time.Instant;
import java.util.List;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.render.AlertRendering;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /alerts} and {@code /anomalies}: the alerts budgets and anomaly monitors raised
 * (open and acknowledged, or {@code all=true} with the resolved), acknowledging one.
 */
@Component(service = ApiResource.class)
public class AlertResource implements ApiResource {

    @Reference
    AlertStore alerts;

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/alerts", Access.VIEWER, request -> {
                    boolean unresolvedOnly = !request.flag("all");
                    return Answers.of(AlertRendering.alerts(alerts.alerts(unresolvedOnly), unresolvedOnly), request,
                            "cloudspend-alerts");
                }),
                Route.get("/anomalies", Access.VIEWER, request -> {
                    boolean open = request.flag("open");
                    List<Alert> anomalies = alerts.alerts(open).stream()
                            .filter(alert -> alert.kind() == AlertKind.ANOMALY).toList();
                    return Answers.of(AlertRendering.alerts(anomalies, "No anomalies."), request,
                            "cloudspend-anomalies");
                }),
                Route.post("/alerts/{id}/acknowledge", Access.ADMIN, request -> {
                    String id = request.path("id");
                    Alert acknowledged = alerts.acknowledge(id, Instant.now())
                            .orElseThrow(() -> Problem.notFound("There is no open alert '" + id + "'"));
                    return Reply.json(Answers.row(AlertRendering.alerts(List.of(acknowledged), false)));
                }));
    }
}
