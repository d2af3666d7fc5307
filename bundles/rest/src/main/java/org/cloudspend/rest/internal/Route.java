package org.cloudspend.rest.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A method and a path template under {@code /cloudspend/api/v1} ({@code /accounts/{id}}), who may call it, and what
 * answers it.
 */
record Route(String method, String template, Access access, Handler handler) {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        Reply handle(ApiRequest request);
    }

    static Route get(String template, Access access, Handler handler) {
        return new Route("GET", template, access, handler);
    }

    static Route post(String template, Access access, Handler handler) {
        return new Route("POST", template, access, handler);
    }

    static Route put(String template, Access access, Handler handler) {
        return new Route("PUT", template, access, handler);
    }

    static Route delete(String template, Access access, Handler handler) {
        return new Route("DELETE", template, access, handler);
    }

    /** The path's values for the template's {@code {name}} segments, when the path fits the template. */
    Optional<Map<String, String>> match(String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                values.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** Whether the request changes something, and so needs the custom header that a cross-site form cannot send. */
    boolean changes() {
        return !method.equals("GET");
    }
}
