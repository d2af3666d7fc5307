package org.cloudspend.api.account;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The pending integrations and their current External IDs (implemented by the store, which owns the database). */
@ProviderType
public interface PendingIntegrations {

    /** Adds the pending integration, or replaces the one with the same id (a refresh). */
    void save(PendingIntegration pending);

    Optional<PendingIntegration> pending(String id);

    /** The pending integration whose CURRENT External ID this is; a replaced External ID finds nothing. */
    Optional<PendingIntegration> withExternalId(ExternalId externalId);

    List<PendingIntegration> pendingIntegrations();

    /** Removes it, e.g. once an account was integrated with its External ID; false when there was none. */
    boolean remove(String id);
}
