package org.cloudspend.store.internal;

import java.util.List;
import java.util.Optional;
import org.cloudspend.api.anomaly.AnomalyMonitor;
import org.cloudspend.api.anomaly.AnomalyMonitorRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Anomaly monitors, kept beside the costs they watch. */
@Component(service = AnomalyMonitorRegistry.class)
public final class StoredAnomalyMonitors implements AnomalyMonitorRegistry {

    private final StoreDatabase database;

    @Activate
    public StoredAnomalyMonitors(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public List<AnomalyMonitor> monitors() {
        return database.question("list the anomaly monitors", c -> AnomalyMonitorTables.monitors(c, null));
    }

    @Override
    public Optional<AnomalyMonitor> monitor(String name) {
        return database.question("read anomaly monitor " + name,
                c -> AnomalyMonitorTables.monitors(c, name).stream().findFirst());
    }

    @Override
    public void save(AnomalyMonitor monitor) {
        database.transaction("save anomaly monitor " + monitor.name(), session -> {
            AnomalyMonitorTables.save(session.connection(), monitor);
            return null;
        });
    }

    @Override
    public boolean delete(String name) {
        return database.transaction("delete anomaly monitor " + name,
                session -> AnomalyMonitorTables.delete(session.connection(), name));
    }
}
