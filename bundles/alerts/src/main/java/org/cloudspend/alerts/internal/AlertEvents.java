package org.cloudspend.alerts.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertState;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.api.alert.EventTopics;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** An alert as an event on the platform's bus: its topic by kind and state, its fields as properties. */
final class AlertEvents {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AlertEvents.class);

    private AlertEvents() {
    }

    /**
     * The event of an alert raised or resolved.
     *
     * @param details what the kind adds (a budget's period, threshold and the question that explains it)
     */
    static Event of(Alert alert, Map<String, Object> details) {
        return new Event(EventTopics.alert(alert.kind(), alert.state() == AlertState.RESOLVED),
                properties(alert, details));
    }

    /**
     * The same alert in Karaf Decanter's convention, as its checker posts them: topic {@code decanter/alert/<level>}
     * (WARN below 100 % of an amount, ERROR from 100 %), {@code alertLevel}, {@code alertAttribute} (what was
     * compared: {@code spent} or {@code forecast}), {@code alertPattern} (the threshold), {@code alertBackToNormal}
     * (when resolved), {@code type} and {@code timestamp} as Decanter's collectors set them, and the alert's own
     * properties.
     */
    static Event decanter(Alert alert, Map<String, Object> details, String attribute, String pattern,
            boolean severe) {
        Map<String, Object> properties = properties(alert, details);
        String level = severe ? "ERROR" : "WARN";
        properties.put("alertLevel", level);
        properties.put("alertAttribute", attribute);
        properties.put("alertPattern", pattern);
        properties.put("alertBackToNormal", alert.state() == AlertState.RESOLVED);
        properties.put("type", "cloudspend");
        properties.put("timestamp", alert.changedAt().toEpochMilli());
        return new Event("decanter/alert/" + level, properties);
    }

    /**
     * Logs the alert and posts it on the bus (and, with {@code decanter}, in Decanter's convention too); nothing is
     * posted without an Event Admin.
     */
    static void post(EventAdmin bus, boolean decanter, Alert alert, Map<String, Object> details, String attribute,
            String pattern, boolean severe) {
        LOG.info("{} alert {}: {}", alert.state() == AlertState.RESOLVED ? "Resolved" : "Raised", alert.id(),
                alert.summary());
        if (bus != null) {
            bus.postEvent(of(alert, details));
            if (decanter) {
                bus.postEvent(decanter(alert, details, attribute, pattern, severe));
            }
        }
    }

    /** Resolves every alert of the subject that is not resolved (its budget or monitor went), handing each on. */
    static void resolveAll(AlertStore alerts, AlertKind kind, String subject, Instant now,
            Consumer<Alert> resolved) {
        for (Alert alert : alerts.unresolved(kind, subject)) {
            alerts.resolve(alert.id(), now).ifPresent(resolved);
        }
    }

    /** The alert's fields, and what its kind adds. */
    private static Map<String, Object> properties(Alert alert, Map<String, Object> details) {
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
        return properties;
    }

    private static void putIfPresent(Map<String, Object> properties, String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
