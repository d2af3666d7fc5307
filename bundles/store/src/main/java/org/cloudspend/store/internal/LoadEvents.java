package org.cloudspend.store.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cloudspend.api.alert.EventTopics;
import org.cloudspend.api.cost.LoadRecord;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Tells the platform's bus that costs changed: what budgets and dashboards wait for. */
final class LoadEvents {

    private LoadEvents() {
    }

    /** Posts (asynchronously) that the load is committed; nothing when there is no Event Admin. */
    static void committed(EventAdmin events, LoadRecord record) {
        if (events == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("export", record.claim().exportId());
        properties.put("period", record.claim().period().toString());
        properties.put("delivery", record.claim().deliveryId());
        properties.put("purge", record.purge());
        properties.put("lineItems", record.rowsIn());
        properties.put("facts", record.rowsOut());
        record.totals().forEach((measure, total) -> properties.put(measure.name().toLowerCase(Locale.ROOT), total));
        events.postEvent(new Event(EventTopics.LOAD_COMMITTED, properties));
    }
}
