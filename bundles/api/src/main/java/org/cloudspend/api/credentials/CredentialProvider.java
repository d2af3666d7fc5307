package org.cloudspend.api.credentials;

import java.util.Optional;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Hands out AWS credentials per integrated account: cached STS sessions for roles (refreshed before they expire, never
 * one AssumeRole per request), decrypted keys for IAM users. Callers never see or store secrets themselves; failures
 * surface as {@link CredentialsException} when credentials are resolved.
 */
@ProviderType
public interface CredentialProvider {

    /**
     * The credentials to reach a stored account with. A role whose trust is not proven (an open configuration error
     * that {@link org.cloudspend.api.account.ConfigurationErrorCode#withholdsRole() withholds} it) is not assumed.
     *
     * @throws IllegalArgumentException when no account has that id
     * @throws CredentialsException ({@code NOT_VALIDATED}) when the account's role is withheld
     */
    AwsCredentialsProvider credentialsFor(String accountId);

    /**
     * Checks the account's access now, bypassing every cache: assumes its role anew with its External ID, or calls
     * {@code sts:GetCallerIdentity} with its keys.
     *
     * @throws CredentialsException when AWS refuses
     */
    VerifiedAccess verify(AwsAccount account);

    /**
     * Whether the role can be assumed WITHOUT its External ID: with none, or with one that is not its own. If so,
     * anyone who learns its ARN and whose AWS account the role trusts can make cloudspend act on it (the
     * confused-deputy risk). False only when AWS answered both attempts with an explicit AccessDenied.
     *
     * @throws CredentialsException when an attempt failed otherwise (throttled, unreachable, a malformed request):
     *     nothing is known then
     */
    boolean assumableWithoutExternalId(String roleArn);

    /** cloudspend's own AWS account: the one a role's trust policy must name. */
    AwsAccountId ownAccountId();

    /** Keeps an IAM user's keys for the account, encrypted. */
    void saveAccessKeys(String accountId, AccessKeys keys);

    /** Forgets the account's keys and cached sessions; false when no keys were stored. */
    boolean forget(String accountId);

    /** The stored access key id masked for display (e.g. {@code ****************WXYZ}), if keys are stored. */
    Optional<String> maskedAccessKeyId(String accountId);
}
