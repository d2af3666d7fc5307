package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An answer that is not the resource asked for, as RFC 9457 {@code application/problem+json}: the status, a title
 * for the status and a {@code detail} in the shell's words; {@code field} names the query parameter or body field at
 * fault.
 */
final class Problem extends RuntimeException {

    static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;
    private final String field;

    Problem(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    static Problem badRequest(String field, String detail) {
        return new Problem(400, "Bad request", detail, field);
    }

    static Problem unauthorized(String detail) {
        return new Problem(401, "Unauthorized", detail, null);
    }

    static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, null);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail, null);
    }

    static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, null);
    }

    int status() {
        return status;
    }

    ObjectNode body(String instance) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        if (field != null) {
            body.put("field", field);
        }
        body.put("instance", instance);
        return body;
    }
}
