package org.cloudspend.api.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Alerts with their state, kept where the costs are: nodes sharing one PostgreSQL store share them, so each condition
 * is raised once whichever node sees it first.
 */
@ProviderType
public interface AlertStore {

    /**
     * Raises the alert unless its condition is raised already (open or acknowledged); a resolved one opens again.
     *
     * @return the alert as stored if this call raised it (the caller publishes it), empty if it was raised before
     */
    Optional<Alert> raise(Alert alert);

    /**
     * Resolves the alert with this id if it is open or acknowledged.
     *
     * @return the alert as stored if this call resolved it, empty otherwise
     */
    Optional<Alert> resolve(String id, Instant at);

    /** Marks an open alert as seen; empty if there is no alert with this id. */
    Optional<Alert> acknowledge(String id, Instant at);

    Optional<Alert> alert(String id);

    /** Alerts, newest change first: those not resolved only, or all. */
    List<Alert> alerts(boolean unresolvedOnly);

    /** The alerts of one subject that are not resolved. */
    List<Alert> unresolved(AlertKind kind, String subject);
}
