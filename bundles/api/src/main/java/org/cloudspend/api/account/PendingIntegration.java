package org.cloudspend.api.account;

import java.time.Instant;
import java.util.Objects;

/**
 * Stage 1 of a role integration: the AWS account a role must trust (cloudspend's own) and the External ID its trust
 * policy must require. Refreshing gives the same pending integration a new External ID; the previous one then stops
 * working. Integrating an account consumes the pending integration.
 *
 * @param id the handle an operator refreshes or integrates with
 */
public record PendingIntegration(String id, AwsAccountId trustedAccountId, ExternalId externalId, Instant createdAt) {

    public PendingIntegration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trustedAccountId, "trustedAccountId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
