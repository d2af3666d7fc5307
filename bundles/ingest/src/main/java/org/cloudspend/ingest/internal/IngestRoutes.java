package org.cloudspend.ingest.internal;

import org.apache.camel.builder.RouteBuilder;

/**
 * The routes: one per account from the {@value #ACCOUNT_TEMPLATE} template (a timer sending the account to the check),
 * the check itself, the loop that matches routes to the integrated accounts, and the load summaries every check
 * publishes to {@value #LOADS} (a multi-consumer SEDA queue: integrators add routes from it).
 */
final class IngestRoutes extends RouteBuilder {

    static final String ACCOUNT_TEMPLATE = "cloudspend-account";
    static final String CHECK = "direct:cloudspend-check";
    static final String LOADS = "seda:cloudspend-loads?multipleConsumers=true";
    /** Alerts raised and resolved, as Event Admin posts them: for integrators' routes (nothing of cloudspend reads it). */
    static final String ALERTS = "seda:cloudspend-alerts?multipleConsumers=true";
    static final String ACCOUNT_HEADER = "CloudspendAccountId";

    private final CamelIngest ingest;
    private final long syncMillis;
    private final long routeFilesMillis;

    IngestRoutes(CamelIngest ingest, long syncMillis, long routeFilesMillis) {
        this.ingest = ingest;
        this.syncMillis = syncMillis;
        this.routeFilesMillis = routeFilesMillis;
    }

    @Override
    public void configure() {
        routeTemplate(ACCOUNT_TEMPLATE)
                .templateParameter("accountId")
                .templateParameter("periodMillis")
                .templateParameter("delayMillis")
                .from("timer:cloudspend-{{accountId}}?period={{periodMillis}}&delay={{delayMillis}}")
                .setHeader(ACCOUNT_HEADER, constant("{{accountId}}"))
                .to(CHECK);

        from(CHECK).routeId("cloudspend-check")
                .process(exchange -> exchange.getMessage().setBody(
                        ingest.check(exchange.getMessage().getHeader(ACCOUNT_HEADER, String.class)).loads()))
                .split(body())
                    .process(LoadSummaryHeaders::set)
                    .to(LOADS)
                .end();

        from("timer:cloudspend-accounts?period=" + syncMillis).routeId("cloudspend-accounts")
                .process(exchange -> ingest.syncRoutes());

        from("timer:cloudspend-route-files?period=" + routeFilesMillis).routeId("cloudspend-route-files")
                .process(exchange -> ingest.scanRouteFiles());

        from(LOADS).routeId("cloudspend-load-log")
                .log("Account ${header.CloudspendAccountId}: ${header.CloudspendPeriod} loaded from delivery"
                        + " ${header.CloudspendDeliveryId}, ${header.CloudspendLineItems} line items, unblended"
                        + " ${header.CloudspendUnblended}");
    }
}
