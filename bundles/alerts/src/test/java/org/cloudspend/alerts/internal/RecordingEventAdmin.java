package org.cloudspend.alerts.internal;

import java.util.List;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** An Event Admin that keeps what is posted or sent, in order, in the list it is given. */
record RecordingEventAdmin(List<Event> posted) implements EventAdmin {

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        posted.add(event);
    }
}
