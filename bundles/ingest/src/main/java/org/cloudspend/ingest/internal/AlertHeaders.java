package org.cloudspend.ingest.internal;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;

/**
 * An alert as a message: every property of its event in a map as the body, and the essentials as plain headers
 * ({@code CloudspendAlertId}, {@code ...State}, {@code ...Summary}) that any route can use without knowing cloudspend.
 */
final class AlertHeaders {

    private static final Map<String, String> HEADERS = Map.of(
            "id", "CloudspendAlertId",
            "kind", "CloudspendAlertKind",
            "state", "CloudspendAlertState",
            "subject", "CloudspendAlertSubject",
            "condition", "CloudspendAlertCondition",
            "summary", "CloudspendAlertSummary",
            "value", "CloudspendAlertValue",
            "limit", "CloudspendAlertLimit",
            "currency", "CloudspendAlertCurrency",
            "question", "CloudspendAlertQuestion");

    private AlertHeaders() {
    }

    static Map<String, Object> body(Event event) {
        Map<String, Object> body = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            if (!name.equals(EventConstants.EVENT_TOPIC)) {
                body.put(name, event.getProperty(name));
            }
        }
        return Map.copyOf(body);
    }

    static Map<String, Object> headers(Event event) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("CloudspendAlertTopic", event.getTopic());
        HEADERS.forEach((property, header) -> {
            Object value = event.getProperty(property);
            if (value != null) {
                headers.put(header, value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value);
            }
        });
        return headers;
    }
}
