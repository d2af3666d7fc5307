package org.cloudspend.api.account;

import java.time.Instant;

/**
 * Stage 1 of an integration: the AWS account a role must trust (cloudspend's own) and the External ID it must require.
 * Refreshing replaces the External ID; the previous one then stops working.
 */
public record PendingIntegration(AwsAccountId trustedAccountId, ExternalId externalId, Instant createdAt) {
}
