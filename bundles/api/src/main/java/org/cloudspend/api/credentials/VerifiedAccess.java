package org.cloudspend.api.credentials;

import java.util.Objects;
import org.cloudspend.api.account.AwsAccountId;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Access to an account checked just now against AWS.
 *
 * @param callerAccount the AWS account the credentials act in
 * @param callerArn the assumed-role session or IAM user they act as
 * @param credentials the credentials that passed, for the remaining checks of a validation
 */
public record VerifiedAccess(AwsAccountId callerAccount, String callerArn, AwsCredentialsProvider credentials) {

    public VerifiedAccess {
        Objects.requireNonNull(callerAccount, "callerAccount");
        Objects.requireNonNull(callerArn, "callerArn");
        Objects.requireNonNull(credentials, "credentials");
    }
}
