package org.cloudspend.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.ingest.IngestService;

/** Checks accounts' exports now instead of at their next scheduled check. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "ingest-now", description = "Checks accounts' exports for new deliveries now"
        + " (all accounts by default); follow with cloudspend:ingest-status")
public class IngestNowCommand extends CloudspendCommand {

    @Argument(index = 0, name = "accounts", multiValued = true, description = "The accounts (default: all)")
    @Completion(AccountIdCompleter.class)
    List<String> ids;

    @Reference
    IngestService ingest;

    @Reference
    AccountRegistry accounts;

    @Override
    protected Object run() {
        List<String> which = ids != null ? ids : accounts.accounts().stream().map(AwsAccount::id).toList();
        for (String id : which) {
            ingest.checkNow(id);
            System.out.println("Account " + id + ": checking its export now");
        }
        if (which.isEmpty()) {
            System.out.println("No account is integrated: start with cloudspend:external-id");
        } else {
            System.out.println("Follow with cloudspend:ingest-status");
        }
        return null;
    }
}
