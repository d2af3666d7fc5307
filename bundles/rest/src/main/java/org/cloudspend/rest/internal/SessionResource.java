package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * {@code /me}, who the caller is and what it may do (the page shows what the role allows), and {@code
 * /openapi.json}, the API's OpenAPI 3 description.
 */
@Component(service = ApiResource.class)
public class SessionResource implements ApiResource {

    /** The document, read from the bundle once. */
    static final String OPEN_API = openApi();

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/me", Access.ANY_ROLE, this::me),
                Route.get("/openapi.json", Access.ANY_ROLE,
                        request -> Reply.download("application/json", null, OPEN_API)));
    }

    Reply me(ApiRequest request) {
        Caller caller = request.caller();
        ObjectNode json = Json.object().put("user", caller.name()).put("role", caller.role().orElseThrow());
        if (caller.customerUser()) {
            json.put("customer", caller.customerId());
        }
        ArrayNode roles = json.putArray("roles");
        caller.roles().stream().filter(role -> role.startsWith("cloudspend-")).sorted().forEach(roles::add);
        return Reply.json(json);
    }

    private static String openApi() {
        try (InputStream in = SessionResource.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundle lost its openapi.json", e);
        }
    }
}
