package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.PendingIntegration;

/** Stage 1 of a role integration: the account to trust and a new External ID. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "external-id", description = "Starts a role integration: shows cloudspend's AWS"
        + " account id and a new External ID for the role's trust policy (--refresh replaces it)")
public class ExternalIdCommand extends CloudspendCommand {

    @Option(name = "-r", aliases = "--refresh", description = "Gives this pending integration a new External ID; the"
            + " previous one stops working")
    String refresh;

    @Option(name = "-l", aliases = "--list", description = "Lists the pending integrations")
    boolean list;

    @Reference
    AccountIntegrationService integration;

    @Override
    protected Object run() {
        if (list) {
            ShellTable table = new ShellTable();
            table.column("Pending");
            table.column("Trusted account");
            table.column("External ID");
            table.column("Created (UTC)");
            for (PendingIntegration pending : integration.pendingIntegrations()) {
                table.addRow().addContent(pending.id(), pending.trustedAccountId(), pending.externalId(),
                        pending.createdAt().toString());
            }
            table.print(System.out);
            return null;
        }
        PendingIntegration pending = refresh == null ? integration.startIntegration()
                : integration.refreshIntegration(refresh);
        System.out.println("Pending integration: " + pending.id());
        System.out.println("Account ID:          " + pending.trustedAccountId());
        System.out.println("External ID:         " + pending.externalId());
        System.out.println();
        System.out.println("Create the role in the AWS account to integrate, trusting account "
                + pending.trustedAccountId() + " with this External ID:");
        System.out.println("  cloudspend:cfn-template --pending " + pending.id() + " -o cloudspend-role.json"
                + "   (one CloudFormation stack: policy and role)");
        System.out.println("  or cloudspend:policy and cloudspend:trust-policy --pending " + pending.id()
                + "   (to create them by hand)");
        System.out.println("Then: cloudspend:account-add --name <display name> --role-arn <role ARN> --external-id "
                + pending.externalId() + " --export-name <export> --bucket <bucket> <id>");
        System.out.println("Refreshing (--refresh " + pending.id() + ") replaces the External ID; the old one then"
                + " stops working.");
        return null;
    }
}
