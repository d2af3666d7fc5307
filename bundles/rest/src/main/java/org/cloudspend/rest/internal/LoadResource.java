package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.cost.Overlap;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.ingest.IngestService;
import org.cloudspend.api.ingest.IngestStatus;
import org.cloudspend.api.ingest.LoadProgress;
import org.cloudspend.render.LoadRendering;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /loads}, {@code /ingest-status} and {@code /overlaps}: the history of loads, each account's ingest with the
 * progress of a load running now, and the usage accounts that arrive through two exports; {@code POST
 * /accounts/{id}/ingest} checks an account's export now.
 */
@Component(service = ApiResource.class)
public class LoadResource implements ApiResource {

    /** The most loads the history answers from (newest first), paged. */
    static final int HISTORY = 10_000;

    @Reference
    CostStore store;

    @Reference
    IngestService ingest;

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/loads", Access.VIEWER,
                        request -> Answers.of(LoadRendering.of(store.loads(HISTORY)), request, "cloudspend-loads")),
                Route.get("/ingest-status", Access.VIEWER, this::status),
                Route.post("/accounts/{id}/ingest", Access.ADMIN, this::checkNow),
                Route.get("/overlaps", Access.VIEWER, this::overlaps));
    }

    Reply status(ApiRequest request) {
        ArrayNode rows = Json.array();
        Instant now = Instant.now();
        for (IngestStatus status : ingest.status()) {
            ObjectNode row = rows.addObject();
            row.put("account", status.accountId());
            row.put("lastCheck", text(status.lastCheck()));
            row.put("lastOutcome", status.lastOutcome().orElse(null));
            row.put("nextCheck", text(status.nextCheck()));
            ArrayNode errors = row.putArray("errors");
            status.errors().forEach(errors::add);
            status.lastLoad().ifPresent(load -> row.set("lastLoad", load(load)));
            status.progress().ifPresent(progress -> row.set("progress", progress(progress, now)));
        }
        ObjectNode answer = Json.object();
        answer.set("rows", rows);
        return Reply.json(answer);
    }

    Reply checkNow(ApiRequest request) {
        String id = request.path("id");
        if (ingest.status().stream().noneMatch(status -> status.accountId().equals(id))) {
            throw Problem.notFound("There is no account '" + id + "' with an ingest route");
        }
        ingest.checkNow(id);
        return Reply.accepted(Json.object().put("account", id).put("checking", true));
    }

    Reply overlaps(ApiRequest request) {
        ArrayNode rows = Json.array();
        for (Overlap overlap : store.overlaps()) {
            rows.addObject().put("period", overlap.period().toString()).put("usageAccount", overlap.usageAccount())
                    .put("countedFrom", overlap.payerExportId()).put("leftOutOf", overlap.exportId());
        }
        ObjectNode answer = Json.object();
        answer.set("rows", rows);
        return Reply.json(Answers.page(answer, request));
    }

    private static ObjectNode load(LoadRecord load) {
        return Json.object().put("period", load.claim().period().toString()).put("succeeded", load.succeeded())
                .put("lineItems", load.rowsIn()).put("unblended", load.totals().get(CostMeasure.UNBLENDED))
                .put("seconds", load.duration().toMillis() / 1000.0);
    }

    private static ObjectNode progress(LoadProgress progress, Instant now) {
        ObjectNode json = Json.object().put("period", progress.period().toString())
                .put("delivery", progress.deliveryId()).put("filesDone", progress.filesDone())
                .put("filesTotal", progress.filesTotal()).put("bytesDone", progress.bytesDone())
                .put("bytesTotal", progress.bytesTotal()).put("lineItems", progress.lineItems())
                .put("startedAt", progress.startedAt().toString())
                .put("storingSince", text(progress.storingSince()))
                .put("readingEndsAround", text(progress.estimatedEnd(now)));
        if (progress.bytesTotal() > 0) {
            json.put("percent", Math.round(100.0 * progress.bytesDone() / progress.bytesTotal()));
        }
        return json;
    }

    private static String text(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
