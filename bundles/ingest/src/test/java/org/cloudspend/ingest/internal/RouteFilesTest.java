package org.cloudspend.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.camel.ConsumerTemplate;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.ingest.RouteInfo;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Route files an integrator drops into the routes folder: loaded, reloaded alone, removed alone, errors reported. */
class RouteFilesTest {

    private static final String FORWARD = """
            - route:
                id: forward-load-summaries
                from:
                  uri: "seda:cloudspend-loads?multipleConsumers=true"
                  steps:
                    - setBody:
                        simple: "${header.CloudspendAccountId} ${header.CloudspendPeriod} ${header.CloudspendUnblended}"
                    - to: "{{summary.endpoint}}"
            """;

    @TempDir
    Path folder;

    private IngestFixture aws;
    private Path routes;

    @BeforeEach
    void start() throws Exception {
        aws = new IngestFixture(folder, Duration.ofHours(1), Duration.ofHours(1));
        routes = Files.createDirectories(folder.resolve("routes"));
    }

    @AfterEach
    void stop() throws Exception {
        aws.close();
    }

    @Test
    void aYamlRouteForwardsLoadSummariesWithAConfiguredEndpoint() throws Exception {
        drop("forward.yaml", FORWARD);
        await(() -> aws.ingest.camel().getRoute("forward-load-summaries") != null);

        aws.payer(ExportType.CUR2, ExportFormat.PARQUET, "costs");
        GeneratedExport delivered = aws.deliver(ExportSpec.of(ExportSpec.Family.CUR2, true, YearMonth.of(2026, 10),
                500, 3));
        aws.ingest.checkNow("payer");
        try (ConsumerTemplate consumer = aws.ingest.camel().createConsumerTemplate()) {
            assertEquals("payer 2026-10 " + delivered.expected().overall().total("UNBLENDED").toPlainString(),
                    consumer.receiveBody("seda:summaries", 10_000, String.class));
        }
    }

    /** The README's example: every alert Event Admin delivers reaches a route file's route. */
    @Test
    void alertsFromEventAdminReachARouteFile() throws Exception {
        drop("alerts.yaml", """
                - route:
                    id: forward-alerts
                    from:
                      uri: "seda:cloudspend-alerts?multipleConsumers=true"
                      steps:
                        - setBody:
                            simple: "${header.CloudspendAlertId} ${header.CloudspendAlertState} ${header.CloudspendAlertValue} ${header.CloudspendAlertSubject}"
                        - to: "seda:alerts"
                """);
        await(() -> aws.ingest.camel().getRoute("forward-alerts") != null);

        aws.ingest.handleEvent(new org.osgi.service.event.Event("org/cloudspend/alert/BUDGET", Map.of("id",
                "b-0123456789", "state", "OPEN", "value", new java.math.BigDecimal("812.4012"), "subject", "team",
                org.osgi.service.event.EventConstants.EVENT_TOPIC, "org/cloudspend/alert/BUDGET")));
        try (ConsumerTemplate consumer = aws.ingest.camel().createConsumerTemplate()) {
            assertEquals("b-0123456789 OPEN 812.4012 team", consumer.receiveBody("seda:alerts", 10_000, String.class));
        }
    }

    @Test
    void aRouteFileCannotReplaceOrRemoveCloudspendsOwnRoutes() throws Exception {
        org.apache.camel.Route check = aws.ingest.camel().getRoute("cloudspend-check");
        drop("hijack.yaml", """
                - route:
                    id: cloudspend-check
                    from:
                      uri: "direct:cloudspend-check"
                      steps:
                        - log: "hijacked"
                - route:
                    id: innocent-looking
                    from:
                      uri: "timer:innocent?repeatCount=1"
                      steps:
                        - log: "hello"
                """);
        await(() -> aws.ingest.routes().stream().anyMatch(route -> route.origin().equals("file hijack.yaml")));
        RouteInfo refused = aws.ingest.routes().stream().filter(route -> route.origin().equals("file hijack.yaml"))
                .findFirst().orElseThrow();
        assertEquals("Failed", refused.status());
        assertTrue(refused.from().startsWith("Route file hijack.yaml may not define cloudspend-check: ids starting"
                + " with cloudspend- are cloudspend's own routes"), refused.from());
        assertSame(check, aws.ingest.camel().getRoute("cloudspend-check"), "cloudspend's route was not replaced");
        assertEquals(null, aws.ingest.camel().getRoute("innocent-looking"), "nothing of the file was added");

        Files.delete(routes.resolve("hijack.yaml"));
        await(() -> aws.ingest.routes().stream().noneMatch(route -> route.origin().equals("file hijack.yaml")));
        assertSame(check, aws.ingest.camel().getRoute("cloudspend-check"), "deleting the file removes nothing");
    }

    @Test
    void aBrokenVersionKeepsThePreviousRoutesAndADeletedFileTakesOnlyItsOwn() throws Exception {
        drop("forward.yaml", FORWARD);
        drop("hello.xml", """
                <routes xmlns="http://camel.apache.org/schema/spring">
                  <route id="hello-from-xml">
                    <from uri="timer:hello?repeatCount=1"/>
                    <setBody><constant>hello</constant></setBody>
                    <to uri="seda:hello"/>
                  </route>
                </routes>
                """);
        await(() -> aws.ingest.camel().getRoute("hello-from-xml") != null
                && aws.ingest.camel().getRoute("forward-load-summaries") != null);
        try (ConsumerTemplate consumer = aws.ingest.camel().createConsumerTemplate()) {
            assertEquals("hello", consumer.receiveBody("seda:hello", 10_000, String.class));
        }

        Thread.sleep(1100); // a new modification time, at the file system's resolution
        drop("forward.yaml", "- route: [this is not a route");
        await(() -> aws.ingest.camel().getRoute("forward-load-summaries") != null
                && aws.ingest.routeFilesState().getOrDefault("forward.yaml", "").startsWith("failed: "));
        assertNotNull(aws.ingest.camel().getRoute("forward-load-summaries"), "the previous version keeps running");

        Files.delete(routes.resolve("forward.yaml"));
        await(() -> aws.ingest.camel().getRoute("forward-load-summaries") == null);
        assertNotNull(aws.ingest.camel().getRoute("hello-from-xml"));
        assertNotNull(aws.ingest.camel().getRoute("cloudspend-check"), "cloudspend's own routes stay");
    }

    @Test
    void aRouteBuilderServiceAddsItsRoutesAndTakesThemAlong() throws Exception {
        org.apache.camel.builder.RouteBuilder builder = new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("timer:from-a-service?repeatCount=1").routeId("from-a-service")
                        .setBody(constant("from a service")).to("seda:service-out");
            }
        };
        aws.ingest.addRoutesBuilder(builder);
        try (ConsumerTemplate consumer = aws.ingest.camel().createConsumerTemplate()) {
            assertEquals("from a service", consumer.receiveBody("seda:service-out", 10_000, String.class));
        }
        var listed = aws.ingest.routes().stream().filter(r -> r.id().equals("from-a-service")).findFirst()
                .orElseThrow();
        assertTrue(listed.origin().startsWith("service "), listed.toString());
        assertEquals("Started", listed.status());

        aws.ingest.removeRoutesBuilder(builder);
        assertEquals(null, aws.ingest.camel().getRoute("from-a-service"));
        assertTrue(aws.ingest.routes().stream().anyMatch(r -> r.id().equals("cloudspend-check")
                && r.origin().equals("cloudspend")));
    }

    /** Written aside and moved in, as an integrator should drop a file (no half-written file is ever read). */
    private void drop(String name, String content) throws Exception {
        Path aside = folder.resolve(name + ".tmp");
        Files.writeString(aside, content);
        Files.move(aside, routes.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "not reached in 15 s");
            Thread.sleep(50);
        }
    }
}
