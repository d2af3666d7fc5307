package org.cloudspend.api.account;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The one registry of configuration errors, keyed by account and code; whoever finds a problem reports it here. */
@ProviderType
public interface ConfigurationErrors {

    /** Records the error, or refreshes its message and last-seen time when it is already known. */
    void report(String accountId, ConfigurationErrorCode code, String message);

    /** Clears an error once the check that raised it passes. */
    void clear(String accountId, ConfigurationErrorCode code);

    /** Clears every error of an account, e.g. when the account is deleted. */
    void clearAll(String accountId);

    /** Every error of every account, oldest first. */
    List<ConfigurationError> errors();

    List<ConfigurationError> errors(String accountId);
}
