package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cloudspend.api.account.AccountIntegrationService;

/** The role's trust policy: cloudspend's account, only with the External ID. */
@Service
@Command(scope = "cloudspend", name = "trust-policy", description = "Prints the role's trust policy: cloudspend's"
        + " account may assume it only with the External ID")
public class TrustPolicyCommand implements Action {

    @Option(name = "-p", aliases = "--pending", description = "The pending integration (default: the only one)")
    String pending;

    @Option(name = "-e", aliases = "--external-id", description = "An External ID instead of a pending integration's")
    String externalId;

    @Option(name = "-o", aliases = "--output", description = "Writes it to this file instead")
    @Completion(FileCompleter.class)
    String output;

    @Reference
    AccountIntegrationService integration;

    @Override
    public Object execute() throws Exception {
        DocumentOutput.emit(integration.trustPolicy(PendingChoice.externalId(integration, externalId, pending)),
                output, "Trust policy");
        return null;
    }
}
