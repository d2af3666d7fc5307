package org.cloudspend.api.anomaly;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Where anomaly monitors are kept. */
@ProviderType
public interface AnomalyMonitorRegistry {

    List<AnomalyMonitor> monitors();

    Optional<AnomalyMonitor> monitor(String name);

    /** Adds the monitor, or replaces the one of that name. */
    void save(AnomalyMonitor monitor);

    boolean delete(String name);
}
