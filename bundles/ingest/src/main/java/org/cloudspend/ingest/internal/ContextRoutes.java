package org.cloudspend.ingest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds routes to the context remembering which ones came, and removes exactly those again: how route files and route
 * builder services join and leave without touching any other route.
 */
final class ContextRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ContextRoutes.class);

    /** Something that adds routes to the context. */
    interface Addition {
        void addTo(CamelContext camel) throws Exception;
    }

    private ContextRoutes() {
    }

    /** The start of cloudspend's own route and template ids: no route file or route builder service may use it. */
    static final String RESERVED_PREFIX = "cloudspend-";

    /**
     * Refuses, before anything is added, a builder that would define a route or route template in cloudspend's own
     * id space: adding it would replace (and deleting it remove) one of cloudspend's routes.
     *
     * @throws IllegalArgumentException naming the origin and the ids
     */
    static void refuseReservedIds(CamelContext camel, RoutesBuilder builder, String origin) throws Exception {
        if (!(builder instanceof RouteBuilder routes)) {
            return;
        }
        // configured once: adding the builder afterwards takes the same definitions
        List<String> ids = new ArrayList<>();
        routes.configureRoutes(camel).getRoutes().forEach(route -> ids.add(route.getId()));
        routes.getRouteTemplateCollection().getRouteTemplates().forEach(template -> ids.add(template.getId()));
        routes.getTemplatedRouteCollection().getTemplatedRoutes().forEach(route -> ids.add(route.getRouteId()));
        List<String> reserved = ids.stream().filter(id -> id != null && id.startsWith(RESERVED_PREFIX)).toList();
        if (!reserved.isEmpty()) {
            throw new IllegalArgumentException(origin + " may not define " + String.join(", ", reserved) + ": ids"
                    + " starting with " + RESERVED_PREFIX + " are cloudspend's own routes");
        }
    }

    /** Runs the addition and returns the ids of the routes it added. */
    static Set<String> add(CamelContext camel, Addition addition) throws Exception {
        Set<String> before = ids(camel);
        addition.addTo(camel);
        Set<String> added = ids(camel);
        added.removeAll(before);
        return added;
    }

    /** Stops and removes the routes; one that cannot be removed is logged and the others still go. */
    static void remove(CamelContext camel, Collection<String> routeIds) {
        for (String id : routeIds) {
            try {
                camel.getRouteController().stopRoute(id);
                camel.removeRoute(id);
            } catch (Exception e) {
                LOG.warn("Route {} could not be removed: {}", id, e.getMessage());
            }
        }
    }

    private static Set<String> ids(CamelContext camel) {
        Set<String> ids = new HashSet<>();
        for (Route route : camel.getRoutes()) {
            ids.add(route.getRouteId());
        }
        return ids;
    }
}
