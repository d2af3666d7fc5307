package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cloudspend.api.account.AccountIntegrationService;

/** A CloudFormation template creating the permission policy and the role in one stack. */
@Service
@Command(scope = "cloudspend", name = "cfn-template", description = "Prints a CloudFormation template that creates"
        + " the permission policy and the role trusting cloudspend with the External ID (deploy it with"
        + " CAPABILITY_NAMED_IAM; its output RoleArn goes to account-add)")
public class CfnTemplateCommand implements Action {

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
        DocumentOutput.emit(integration.cloudFormationTemplate(
                PendingChoice.externalId(integration, externalId, pending)), output, "CloudFormation template");
        return null;
    }
}
