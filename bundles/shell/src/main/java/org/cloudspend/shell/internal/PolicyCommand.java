package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cloudspend.api.account.AccountIntegrationService;

/** The permission policy the role or IAM user needs. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "policy", description = "Prints the IAM permission policy cloudspend needs"
        + " (read-only: billing exports, their definitions, the organization's accounts)")
public class PolicyCommand extends CloudspendCommand {

    @Option(name = "-o", aliases = "--output", description = "Writes it to this file instead")
    @Completion(FileCompleter.class)
    String output;

    @Reference
    AccountIntegrationService integration;

    @Override
    protected Object run() throws Exception {
        DocumentOutput.emit(integration.permissionPolicy(), output, "Permission policy");
        return null;
    }
}
