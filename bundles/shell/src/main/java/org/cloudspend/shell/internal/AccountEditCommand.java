package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;

/** Changes an account's settings (or switches it from IAM-user keys to a role) and validates it again. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "account-edit", description = "Changes an account's settings and validates it"
        + " again; --role-arn with --external-id switches an IAM-user account to a role, keeping its data")
public class AccountEditCommand extends AccountOptions {

    @Argument(index = 0, name = "id", required = true, description = "The account to change")
    @Completion(AccountIdCompleter.class)
    String id;

    @Reference
    AccountRegistry accounts;

    @Override
    protected Object run() throws Exception {
        AwsAccount existing = accounts.account(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no account '" + id + "': see cloudspend:account-list"));
        ValidationPrinter.print(integration.update(account(id, existing), accessKeys()), "updated");
        return null;
    }
}
