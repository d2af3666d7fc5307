package org.cloudspend.api.account;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating an account against AWS.
 *
 * @param account the account as stored: its export's bucket, prefix, region and format as AWS reported them
 * @param errors the configuration errors found (registered for the account); empty when every check passed
 * @param findings what each check found, in the order the checks ran, one readable line each
 * @param linkedAccounts for a payer, the member accounts of its organization; otherwise empty
 */
public record ValidationReport(
        AwsAccount account, List<ConfigurationError> errors, List<String> findings, List<LinkedAccount> linkedAccounts) {

    public ValidationReport {
        Objects.requireNonNull(account, "account");
        errors = List.copyOf(errors);
        findings = List.copyOf(findings);
        linkedAccounts = List.copyOf(linkedAccounts);
    }

    public boolean passed() {
        return errors.isEmpty();
    }
}
