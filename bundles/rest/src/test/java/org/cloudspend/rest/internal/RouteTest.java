package org.cloudspend.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTest {

    private final Route route = Route.get("/accounts/{id}/validate", Access.ADMIN, request -> Reply.noContent());

    @Test
    void aTemplateTakesThePathsValues() {
        assertEquals(Optional.of(Map.of("id", "prod-1")), route.match("/accounts/prod-1/validate"));
    }

    @Test
    void aPathOfAnotherShapeDoesNotMatch() {
        assertTrue(route.match("/accounts/prod-1").isEmpty());
        assertTrue(route.match("/accounts//validate").isEmpty());
        assertTrue(route.match("/accounts/prod-1/validate/").isEmpty());
        assertTrue(route.match("/customers/prod-1/validate").isEmpty());
    }
}
