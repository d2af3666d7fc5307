package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationErrors;

/** The integrated accounts, one line each. */
@Service
@Command(scope = "cloudspend", name = "account-list", description = "Lists the integrated AWS accounts")
public class AccountListCommand implements Action {

    @Reference
    AccountRegistry accounts;

    @Reference
    ConfigurationErrors errors;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("AWS account");
        table.column("Type");
        table.column("Access");
        table.column("Export");
        table.column("Location");
        table.column("Errors").alignRight();
        for (AwsAccount account : accounts.accounts()) {
            table.addRow().addContent(account.id(), account.displayName(), account.awsAccountId(),
                    account.accountType().name().toLowerCase(), account.accessType().name().toLowerCase(),
                    AccountShowCommand.export(account), AccountShowCommand.location(account),
                    errors.errors(account.id()).size());
        }
        table.print(System.out);
        return null;
    }
}
