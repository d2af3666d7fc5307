package org.cloudspend.api.account;

import java.util.List;

/** The integration flow: External ID, validation against AWS, and the accounts' configuration errors. */
public interface AccountIntegrationService {

    /** Starts a pending role integration, or refreshes it with a new External ID. */
    PendingIntegration startIntegration();

    /** Validates the account against AWS and stores it; problems found are returned and registered. */
    List<ConfigurationError> integrate(AwsAccount account);

    /** Runs every validation check again for a stored account; an error that no longer occurs is cleared. */
    List<ConfigurationError> validate(String accountId);
}
