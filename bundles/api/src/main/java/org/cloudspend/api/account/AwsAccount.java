package org.cloudspend.api.account;

import java.util.Objects;
import java.util.Optional;

/**
 * An AWS account integrated with cloudspend.
 *
 * @param id cloudspend's own key for the integration, stable across edits
 * @param displayName the name people see
 * @param awsAccountId the AWS account number
 * @param accessType role (recommended) or IAM user
 * @param roleArn the role to assume; present for {@link AccessType#ROLE}, absent for {@link AccessType#USER}
 * @param externalId the External ID the role's trust policy requires; present for {@link AccessType#ROLE}
 * @param accountType payer or linked
 * @param export the billing export read for this account
 */
public record AwsAccount(
        String id,
        String displayName,
        AwsAccountId awsAccountId,
        AccessType accessType,
        Optional<String> roleArn,
        Optional<ExternalId> externalId,
        AccountType accountType,
        ExportDefinition export) {

    public AwsAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(awsAccountId, "awsAccountId");
        Objects.requireNonNull(accessType, "accessType");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(accountType, "accountType");
        Objects.requireNonNull(export, "export");
        if (accessType == AccessType.ROLE && (roleArn.isEmpty() || externalId.isEmpty())) {
            throw new IllegalArgumentException("Role access needs a role ARN and an External ID");
        }
    }
}
