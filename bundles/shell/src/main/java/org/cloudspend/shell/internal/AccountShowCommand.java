package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.credentials.CredentialProvider;
import org.cloudspend.render.AccountRendering;

/** One account's settings and its configuration errors; a stored key shows masked, its secret never. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "account-show", description = "Shows an account's settings and configuration"
        + " errors")
public class AccountShowCommand extends CloudspendCommand {

    @Argument(index = 0, name = "id", required = true, description = "The account")
    @Completion(AccountIdCompleter.class)
    String id;

    @Reference
    AccountRegistry accounts;

    @Reference
    ConfigurationErrors errors;

    @Reference
    CredentialProvider credentials;

    @Override
    protected Object run() {
        AwsAccount account = accounts.account(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no account '" + id + "': see cloudspend:account-list"));
        line("Id", account.id());
        line("Name", account.displayName());
        line("AWS account", account.awsAccountId().value());
        line("Account type", account.accountType().name().toLowerCase());
        line("Access", switch (account.accessType()) {
            case ROLE -> "IAM role";
            case USER -> "IAM-user access keys (switch to a role with cloudspend:account-edit --role-arn ..."
                    + " --external-id ... " + id + ")";
            case LOCAL -> "none: the export is read from a local copy of its bucket";
        });
        account.roleArn().ifPresent(arn -> line("Role ARN", arn));
        account.externalId().ifPresent(externalId -> line("External ID", externalId.value()));
        if (account.accessType() == AccessType.USER) {
            line("Access key id", credentials.maskedAccessKeyId(id).orElse("(none stored)"));
            line("Secret access key", "(encrypted, never shown)");
        }
        line("Export", AccountRendering.export(account));
        line("Format", account.export().format().name().toLowerCase());
        line("Location", AccountRendering.location(account));
        var found = errors.errors(id);
        line("Configuration errors", found.isEmpty() ? "none" : String.valueOf(found.size()));
        for (ConfigurationError error : found) {
            System.out.println("  " + error.code() + " (since " + error.firstSeen() + ", last " + error.lastSeen()
                    + "): " + error.message());
        }
        return null;
    }

    private static void line(String label, String value) {
        System.out.printf("%-22s %s%n", label + ":", value);
    }
}
