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
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.render.ErrorRendering;
import org.cloudspend.render.Precision;

/** Every account's configuration errors in one view, with how to edit or delete each account. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "errors", description = "Lists the configuration errors of all accounts, each"
        + " with its fix; edit with cloudspend:account-edit, remove with cloudspend:account-delete")
public class ErrorsCommand extends CloudspendCommand {

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    ConfigurationErrors errors;

    @Reference
    AccountRegistry accounts;

    @Override
    protected Object run() {
        Map<String, String> names = new HashMap<>();
        accounts.accounts().forEach(account -> names.put(account.id(), account.displayName()));
        Output.print(ErrorRendering.of(errors.errors(), names), format, Precision.CENTS, System.out);
        return null;
    }
}
