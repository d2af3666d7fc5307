package org.cloudspend.api.credentials;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Hands out AWS credentials per integrated account: cached STS sessions for roles, decrypted keys for IAM users.
 * Callers never see or store secrets themselves.
 */
public interface CredentialProvider {

    /**
     * The credentials to reach the given account with.
     *
     * @throws IllegalArgumentException when no account has that id
     */
    AwsCredentialsProvider credentialsFor(String accountId);
}
