package org.cloudspend.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the routes the resources serve name the same methods and paths, both ways. */
class OpenApiRoutesTest {

    static final List<ApiResource> EVERY_RESOURCE = List.of(new CostResource(), new AccountResource(),
            new IntegrationResource(), new LoadResource(), new CustomerResource(), new BudgetResource(),
            new AlertResource(), new AnomalyMonitorResource(), new TagKeyResource(), new SessionResource());

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws Exception {
        TreeSet<String> served = new TreeSet<>();
        for (ApiResource resource : EVERY_RESOURCE) {
            for (Route route : resource.routes()) {
                served.add(route.method() + " " + route.template());
            }
        }
        TreeSet<String> documented = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(SessionResource.OPEN_API).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(String.join("\n", documented), String.join("\n", served));
    }
}
