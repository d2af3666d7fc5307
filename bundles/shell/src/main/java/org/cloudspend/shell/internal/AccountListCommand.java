package org.cloudspend.shell.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.render.AccountRendering;
import org.cloudspend.render.Precision;

/** The integrated accounts, one line each, without secrets. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "account-list", description = "Lists the integrated AWS accounts")
public class AccountListCommand extends CloudspendCommand {

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    AccountRegistry accounts;

    @Reference
    ConfigurationErrors errors;

    @Override
    protected Object run() {
        Map<String, Integer> errorCounts = new HashMap<>();
        for (ConfigurationError error : errors.errors()) {
            errorCounts.merge(error.accountId(), 1, Integer::sum);
        }
        Output.print(AccountRendering.of(accounts.accounts(), errorCounts), format, Precision.CENTS, System.out);
        return null;
    }
}
