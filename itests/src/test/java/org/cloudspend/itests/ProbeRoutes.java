package org.cloudspend.itests;

import org.apache.camel.builder.RouteBuilder;

/**
 * A route builder an integrator's bundle would register as an OSGi service. A class of its own: it is loaded only
 * once the ingest bundle, which exports Camel's API, is installed.
 */
public final class ProbeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:from-the-probe?period=60000").routeId("from-the-probe").log("a route from another bundle");
    }
}
