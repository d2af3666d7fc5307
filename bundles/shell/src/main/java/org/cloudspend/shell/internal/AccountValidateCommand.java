package org.cloudspend.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;

/** Runs every check again, with fresh credentials; errors that no longer occur are cleared. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "account-validate", description = "Validates accounts again against AWS (fresh"
        + " credentials); errors no longer found are cleared")
public class AccountValidateCommand extends CloudspendCommand {

    @Argument(index = 0, name = "ids", multiValued = true, description = "The accounts (default: all)")
    @Completion(AccountIdCompleter.class)
    List<String> ids;

    @Reference
    AccountIntegrationService integration;

    @Reference
    AccountRegistry accounts;

    @Override
    protected Object run() {
        List<String> which = ids != null ? ids : accounts.accounts().stream().map(AwsAccount::id).toList();
        if (which.isEmpty()) {
            System.out.println("No account is integrated: start with cloudspend:external-id");
        }
        for (String id : which) {
            ValidationPrinter.print(integration.validate(id), "validated");
        }
        return null;
    }
}
