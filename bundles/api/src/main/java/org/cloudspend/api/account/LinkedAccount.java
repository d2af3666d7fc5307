package org.cloudspend.api.account;

import java.util.Objects;

/** A member account of a payer's AWS Organization, as {@code organizations:ListAccounts} reports it. */
public record LinkedAccount(AwsAccountId awsAccountId, String name, String status) {

    public LinkedAccount {
        Objects.requireNonNull(awsAccountId, "awsAccountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
