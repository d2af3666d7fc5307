package org.cloudspend.store.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertState;
import org.cloudspend.api.alert.AlertStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Alerts with their state, shared by every node of one database. */
@Component(service = AlertStore.class)
public final class StoredAlerts implements AlertStore {

    private static final List<AlertState> UNRESOLVED = List.of(AlertState.OPEN, AlertState.ACKNOWLEDGED);

    private final StoreDatabase database;

    @Activate
    public StoredAlerts(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Alert> raise(Alert alert) {
        return database.transaction("raise alert " + alert.id(), session -> AlertTables.raise(session.connection(),
                alert) ? AlertTables.alert(session.connection(), alert.id()) : Optional.empty());
    }

    @Override
    public Optional<Alert> resolve(String id, Instant at) {
        return change(id, UNRESOLVED, AlertState.RESOLVED, at);
    }

    @Override
    public Optional<Alert> acknowledge(String id, Instant at) {
        change(id, List.of(AlertState.OPEN), AlertState.ACKNOWLEDGED, at);
        return alert(id);
    }

    @Override
    public Optional<Alert> alert(String id) {
        return database.question("read alert " + id, c -> AlertTables.alert(c, id));
    }

    @Override
    public List<Alert> alerts(boolean unresolvedOnly) {
        return database.question("list the alerts", c -> AlertTables.alerts(c, unresolvedOnly));
    }

    @Override
    public List<Alert> unresolved(AlertKind kind, String subject) {
        return database.question("list the alerts of " + subject, c -> AlertTables.unresolved(c, kind, subject));
    }

    private Optional<Alert> change(String id, List<AlertState> from, AlertState to, Instant at) {
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        return database.transaction(to.name().toLowerCase(java.util.Locale.ROOT) + " alert " + id,
                session -> AlertTables.change(session.connection(), id, from, to, stored)
                        ? AlertTables.alert(session.connection(), id) : Optional.empty());
    }
}
