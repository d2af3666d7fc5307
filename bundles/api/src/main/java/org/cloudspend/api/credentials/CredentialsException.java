package org.cloudspend.api.credentials;

import java.util.Optional;
import org.cloudspend.api.account.ConfigurationErrorCode;

/**
 * AWS refused or could not give credentials for an account. The message is safe to show and log: it never carries a
 * secret.
 */
public class CredentialsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, in the terms a configuration error needs. */
    public enum Reason {
        /** The role refused us: it does not exist, does not trust cloudspend's account, or wants another External ID. */
        ACCESS_DENIED,
        /** The session token or the keys expired, or the keys were deleted or deactivated. */
        EXPIRED,
        /** AWS throttled or failed; trying again later may work. */
        UNAVAILABLE,
        /** cloudspend has no AWS identity of its own to assume roles with. */
        NO_OWN_IDENTITY,
        /** No access keys are stored for this IAM-user account. */
        NO_ACCESS_KEYS,
        /** The STS region is disabled for the account. */
        REGION_DISABLED,
        /** The account's trust is not proven: its role is not assumed until a validation passes. */
        NOT_VALIDATED
    }

    private final Reason reason;

    public CredentialsException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CredentialsException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The configuration error this failure is for an account: a refused role, or expired credentials; empty when the
     * failure is not the account's (AWS unavailable, cloudspend without an identity of its own).
     */
    public Optional<ConfigurationErrorCode> configurationError() {
        return switch (reason) {
            case ACCESS_DENIED, REGION_DISABLED -> Optional.of(ConfigurationErrorCode.ROLE_ACCESS_DENIED);
            case EXPIRED, NO_ACCESS_KEYS -> Optional.of(ConfigurationErrorCode.ROLE_EXPIRED);
            case UNAVAILABLE, NO_OWN_IDENTITY, NOT_VALIDATED -> Optional.empty();
        };
    }
}
