package org.cloudspend.ingest.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
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
