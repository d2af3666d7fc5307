package org.cloudspend.api.account;

import java.util.List;
import java.util.Optional;
import org.cloudspend.api.credentials.AccessKeys;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The integration flow: External IDs and the documents a customer applies in AWS (stage 1), then adding, editing,
 * validating and deleting accounts (stages 2 and 3). Problems found are registered in {@link ConfigurationErrors} and
 * cleared again when the check that raised them passes.
 */
@ProviderType
public interface AccountIntegrationService {

    /** Starts a pending role integration with a new, random External ID. */
    PendingIntegration startIntegration();

    /**
     * Gives the pending integration a new External ID; the previous one stops working.
     *
     * @throws IntegrationRefusedException when there is no pending integration with that id
     */
    PendingIntegration refreshIntegration(String pendingId);

    List<PendingIntegration> pendingIntegrations();

    /** The permission policy the role (or IAM user) needs: read-only billing, export and organization access. */
    String permissionPolicy();

    /** The role's trust policy: cloudspend's AWS account may assume it, only with this External ID. */
    String trustPolicy(ExternalId externalId);

    /** A CloudFormation template creating the permission policy and the role trusting cloudspend with the External ID. */
    String cloudFormationTemplate(ExternalId externalId);

    /**
     * Adds an account and validates it. A role account must use the External ID of a pending integration, which it
     * consumes; an IAM-user account brings its keys, which are kept encrypted. The account is stored even when
     * validation finds problems: they show in the configuration errors until fixed by an edit.
     *
     * @throws IntegrationRefusedException when the request itself is refused (see that exception)
     */
    ValidationReport integrate(AwsAccount account, Optional<AccessKeys> accessKeys);

    /**
     * Replaces a stored account's settings and validates again: also how an IAM-user account switches to a role (its
     * keys are then forgotten, its cost data stays).
     *
     * @throws IntegrationRefusedException for an unknown account or a request refused as in {@link #integrate}
     */
    ValidationReport update(AwsAccount account, Optional<AccessKeys> accessKeys);

    /** Runs every check again for a stored account, with fresh credentials; errors no longer found are cleared. */
    ValidationReport validate(String accountId);

    /** Removes the account, its keys and its configuration errors; its loaded costs stay queryable. */
    boolean delete(String accountId);
}
