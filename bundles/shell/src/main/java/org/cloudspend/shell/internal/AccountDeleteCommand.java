package org.cloudspend.shell.internal;

import java.math.BigDecimal;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.render.Cents;

/** Removes an account, its stored keys and its configuration errors. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "account-delete", description = "Removes an account with its stored keys and"
        + " configuration errors, and with --purge-costs the costs it loaded")
public class AccountDeleteCommand extends CloudspendCommand {

    @Argument(index = 0, name = "id", required = true, description = "The account to remove")
    @Completion(AccountIdCompleter.class)
    String id;

    @Option(name = "--purge-costs", description = "Also remove every cost its export loaded, in one transaction, with"
            + " lines in the load history (without it they stay in every total); works for an account deleted before"
            + " too")
    boolean purgeCosts;

    @Reference
    AccountIntegrationService integration;

    @Reference
    CostStore costs;

    @Override
    protected Object run() {
        boolean deleted = integration.delete(id);
        if (!deleted && !purgeCosts) {
            throw new IllegalArgumentException("There is no account '" + id + "': see cloudspend:account-list");
        }
        // no question asked: a script has nobody to answer it
        if (!purgeCosts) {
            System.out.println("Account " + id + " deleted; the costs it loaded stay in every total"
                    + " (cloudspend:account-delete --purge-costs " + id + " removes them later).");
            return null;
        }
        List<LoadRecord> purged = costs.purge(id);
        if (!deleted && purged.isEmpty()) {
            throw new IllegalArgumentException("There is no account '" + id + "', nor any cost under that id");
        }
        long facts = purged.stream().mapToLong(LoadRecord::rowsOut).sum();
        BigDecimal unblended = purged.stream().map(record -> record.totals().get(CostMeasure.UNBLENDED))
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.println("Account " + id + (deleted ? " deleted with its costs: " : ": its costs removed: ")
                + purged.size() + " billing period(s), "
                + String.format(java.util.Locale.ROOT, "%,d", facts) + " daily facts, " + Cents.format(unblended)
                + " unblended removed (see cloudspend:loads).");
        return null;
    }
}
