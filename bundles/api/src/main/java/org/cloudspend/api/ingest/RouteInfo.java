package org.cloudspend.api.ingest;

import java.util.Objects;

/**
 * One route of cloudspend's CamelContext.
 *
 * @param id the route id
 * @param status started, stopped...
 * @param origin where it comes from: {@code cloudspend}, {@code account <id>}, {@code file <name>} or
 *     {@code service <bundle>}
 * @param from the endpoint it consumes
 */
public record RouteInfo(String id, String status, String origin, String from) {

    public RouteInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(from, "from");
    }
}
