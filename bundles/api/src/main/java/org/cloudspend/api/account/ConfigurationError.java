package org.cloudspend.api.account;

import java.time.Instant;
import java.util.Objects;

/** A problem with one account, as the configuration-error view shows it. */
public record ConfigurationError(
        String accountId, ConfigurationErrorCode code, String message, Instant firstSeen, Instant lastSeen) {

    public ConfigurationError {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
