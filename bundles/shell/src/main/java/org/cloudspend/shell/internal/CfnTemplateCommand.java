package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.ExternalId;

/** A CloudFormation template creating the permission policy and the role in one stack. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "cfn-template", description = "Prints a CloudFormation template that creates"
        + " the permission policy and the role trusting cloudspend with the External ID (deploy it with"
        + " CAPABILITY_NAMED_IAM; its output RoleArn goes to account-add)")
public class CfnTemplateCommand extends ExternalIdDocumentCommand {

    @Override
    String document(ExternalId externalId) {
        return integration.cloudFormationTemplate(externalId);
    }

    @Override
    String what() {
        return "CloudFormation template";
    }
}
