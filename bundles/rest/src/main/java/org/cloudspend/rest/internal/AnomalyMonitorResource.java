package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.anomaly.AnomalyMonitorRegistry;
import org.cloudspend.api.anomaly.AnomalyService;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.render.AnomalyRendering;
import org.cloudspend.render.CostWords;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /anomaly-monitors}: what is watched for cost anomalies, adding a monitor (run at once) and deleting one (its
 * anomalies are resolved).
 */
@Component(service = ApiResource.class)
public class AnomalyMonitorResource implements ApiResource {

    static final Set<String> FIELDS = Set.of("name", "dimension", "include", "exclude", "measure", "minImpact",
            "minPercent", "allCharges");

    @Reference
    AnomalyMonitorRegistry monitors;

    @Reference
    AnomalyService anomalies;

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/anomaly-monitors", Access.VIEWER, request -> Answers.of(
                        AnomalyRendering.monitors(monitors.monitors()), request, "cloudspend-anomaly-monitors")),
                Route.post("/anomaly-monitors", Access.ADMIN, this::add),
                Route.delete("/anomaly-monitors/{name}", Access.ADMIN, this::delete));
    }

    /**
     * A monitor: {@code name}; {@code dimension} (each of its values, e.g. service, tag:team; absent: the scope's
     * total); {@code include}/{@code exclude} (the scope); {@code measure}; {@code minImpact} (100) and {@code
     * minPercent} (40) a day; {@code allCharges} (false: usage only).
     */
    Reply add(ApiRequest request) {
        ObjectNode body = request.body();
        Body.only(body, FIELDS, "an anomaly monitor");
        String name = Body.required(body, "name", "services");
        if (monitors.monitor(name).isPresent()) {
            throw Problem.conflict("An anomaly monitor named '" + name + "' exists already");
        }
        String dimension = Body.text(body, "dimension");
        String measure = Body.text(body, "measure");
        AnomalyMonitor monitor = anomalies.add(new AnomalyMonitor(name,
                Optional.ofNullable(dimension).map(text -> Body.parsed("dimension", () -> CostWords.groupBy(text))),
                BudgetBody.filters(Body.texts(body, "include"), Body.texts(body, "exclude")),
                measure == null ? CostMeasure.UNBLENDED : Body.parsed("measure", () -> CostWords.measure(measure)),
                positive(body, "minImpact", new BigDecimal("100")), positive(body, "minPercent", new BigDecimal("40")),
                !Body.flag(body, "allCharges", false)));
        return Reply.created(Answers.row(AnomalyRendering.monitors(List.of(monitor))));
    }

    Reply delete(ApiRequest request) {
        String name = request.path("name");
        if (!anomalies.delete(name)) {
            throw Problem.notFound("There is no anomaly monitor '" + name + "'");
        }
        return Reply.noContent();
    }

    private static BigDecimal positive(ObjectNode body, String name, BigDecimal orElse) {
        BigDecimal value = Body.decimal(body, name);
        if (value == null) {
            return orElse;
        }
        if (value.signum() < 0) {
            throw Problem.badRequest(name, name + " is 0 or more, not " + value.toPlainString());
        }
        return value;
    }
}
