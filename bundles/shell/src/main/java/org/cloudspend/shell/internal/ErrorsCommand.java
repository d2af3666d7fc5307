package org.cloudspend.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrors;

/** Every account's configuration errors in one view, with how to edit or delete each account. */
@Service
@Command(scope = "cloudspend", name = "errors", description = "Lists the configuration errors of all accounts, each"
        + " with its fix; edit with cloudspend:account-edit, remove with cloudspend:account-delete")
public class ErrorsCommand implements Action {

    @Reference
    ConfigurationErrors errors;

    @Reference
    AccountRegistry accounts;

    @Override
    public Object execute() {
        List<ConfigurationError> all = errors.errors();
        if (all.isEmpty()) {
            System.out.println("No configuration errors.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Account");
        table.column("Name");
        table.column("Error");
        table.column("Message").maxSize(80).wrap();
        table.column("First seen (UTC)");
        table.column("Last seen (UTC)");
        for (ConfigurationError error : all) {
            table.addRow().addContent(error.accountId(), accounts.account(error.accountId())
                    .map(AwsAccount::displayName).orElse("(deleted)"), error.code(), error.message(),
                    time(error.firstSeen()), time(error.lastSeen()));
        }
        table.print(System.out);
        System.out.println();
        all.stream().map(ConfigurationError::code).distinct()
                .forEach(code -> System.out.println(code + ": " + code.remedy()));
        System.out.println();
        System.out.println("Edit: cloudspend:account-edit [--role-arn ...] [--external-id ...] [--export-name ...]"
                + " <account>   Check again: cloudspend:account-validate <account>");
        System.out.println("Delete: cloudspend:account-delete <account>");
        return null;
    }

    private static String time(java.time.Instant instant) {
        return instant.toString().replace('T', ' ').replaceFirst("\\.\\d+Z$|Z$", "");
    }
}
