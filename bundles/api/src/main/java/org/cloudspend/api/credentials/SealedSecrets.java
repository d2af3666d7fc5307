package org.cloudspend.api.credentials;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Storage for secrets that the credential provider has already encrypted (implemented by the store). The store never
 * sees a key in clear text, nor the key that decrypts them.
 */
@ProviderType
public interface SealedSecrets {

    void store(String accountId, String sealed);

    Optional<String> sealed(String accountId);

    /** False when nothing was stored for the account. */
    boolean discard(String accountId);
}
