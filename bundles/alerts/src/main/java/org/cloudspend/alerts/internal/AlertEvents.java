package org.cloudspend.alerts.internal;

import java.util.HashMap;
import java.util.Map;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.EventTopics;
import org.osgi.service.event.Event;

/** An alert as an event on the platform's bus: its topic by kind and state, its fields as properties. */
final class AlertEvents {

    private AlertEvents() {
    }

    /**
     * The event of an alert raised or resolved.
     *
     * @param details what the kind adds (a budget's period, threshold and the question that explains it)
     */
    static Event of(Alert alert, Map<String, Object> details) {
        Map<String, Object> properties = new HashMap<>(details);
        properties.put("id", alert.id());
        properties.put("kind", alert.kind().name());
        properties.put("subject", alert.subject());
        properties.put("condition", alert.condition());
        properties.put("state", alert.state().name());
        properties.put("summary", alert.summary());
        putIfPresent(properties, "value", alert.value());
        putIfPresent(properties, "limit", alert.limit());
        putIfPresent(properties, "currency", alert.currency());
        properties.put("raisedAt", alert.raisedAt().toString());
        properties.put("changedAt", alert.changedAt().toString());
        return new Event(EventTopics.alert(alert.kind(), alert.state() == org.cloudspend.api.alert.AlertState.RESOLVED),
                properties);
    }

    private static void putIfPresent(Map<String, Object> properties, String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
