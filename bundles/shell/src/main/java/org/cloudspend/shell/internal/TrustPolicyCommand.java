package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.ExternalId;

/** The role's trust policy: cloudspend's account, only with the External ID. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "trust-policy", description = "Prints the role's trust policy: cloudspend's"
        + " account may assume it only with the External ID")
public class TrustPolicyCommand extends ExternalIdDocumentCommand {

    @Override
    String document(ExternalId externalId) {
        return integration.trustPolicy(externalId);
    }

    @Override
    String what() {
        return "Trust policy";
    }
}
