package org.cloudspend.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;

/** Completes the ids of the integrated accounts. */
@Service
public class AccountIdCompleter implements Completer {

    @Reference
    AccountRegistry accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(accounts.accounts().stream().map(AwsAccount::id).toList())
                .complete(session, commandLine, candidates);
    }
}
