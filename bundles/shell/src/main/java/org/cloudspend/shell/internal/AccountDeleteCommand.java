package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.AccountIntegrationService;

/** Removes an account, its stored keys and its configuration errors. */
@Service
@Command(scope = "cloudspend", name = "account-delete", description = "Removes an account with its stored keys and"
        + " configuration errors (costs already loaded stay queryable)")
public class AccountDeleteCommand extends CloudspendCommand {

    @Argument(index = 0, name = "id", required = true, description = "The account to remove")
    @Completion(AccountIdCompleter.class)
    String id;

    @Reference
    AccountIntegrationService integration;

    @Override
    protected Object run() {
        if (!integration.delete(id)) {
            throw new IllegalArgumentException("There is no account '" + id + "': see cloudspend:account-list");
        }
        System.out.println("Account " + id + " deleted; its loaded costs stay queryable.");
        return null;
    }
}
