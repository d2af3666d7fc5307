package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Stages 2 and 3: adds an account and validates it against AWS. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "account-add", description = "Integrates an AWS account (role with External ID,"
        + " or IAM-user keys for existing integrations) and validates it: role, External ID, export, bucket,"
        + " organization")
public class AccountAddCommand extends AccountOptions {

    @Argument(index = 0, name = "id", required = true, description = "cloudspend's id for the account, e.g. prod-payer")
    String id;

    @Override
    protected Object run() throws Exception {
        ValidationPrinter.print(integration.integrate(account(id, null), accessKeys()), "added");
        return null;
    }
}
