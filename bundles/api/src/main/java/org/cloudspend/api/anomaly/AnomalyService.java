package org.cloudspend.api.anomaly;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Anomaly monitors run against the stored daily costs; each anomaly found is an alert. */
@ProviderType
public interface AnomalyService {

    /** Adds a monitor; refused if one of that name exists. */
    AnomalyMonitor add(AnomalyMonitor monitor);

    /** Removes a monitor and resolves its alerts; false if there was none. */
    boolean delete(String name);

    /** What one monitor finds on each day from {@code from} up to {@code toExclusive}, day by day (nothing is raised). */
    List<Anomaly> detect(String monitor, LocalDate from, LocalDate toExclusive);

    /**
     * Runs every monitor on the complete days of the last week before {@code today} (the newest day with costs is
     * left out: AWS delivers a day in pieces), raises an alert for each anomaly not raised before, and resolves those
     * of that week no longer found (a restatement changed the day).
     */
    List<Anomaly> evaluate(LocalDate today);
}
