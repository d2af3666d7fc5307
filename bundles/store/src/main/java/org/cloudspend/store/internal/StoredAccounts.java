package org.cloudspend.store.internal;

import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.PendingIntegration;
import org.cloudspend.api.account.PendingIntegrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The integrated accounts, and the pending integrations that become accounts. */
@Component(service = {AccountRegistry.class, PendingIntegrations.class})
public final class StoredAccounts implements AccountRegistry, PendingIntegrations {

    private final StoreDatabase database;

    @Activate
    public StoredAccounts(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public List<AwsAccount> accounts() {
        return database.question("list the accounts", AccountTable::all);
    }

    @Override
    public Optional<AwsAccount> account(String id) {
        return database.with("read account " + id, c -> AccountTable.find(c, id));
    }

    /** Saves the account; which export counts for a usage account may change with it. */
    @Override
    public void save(AwsAccount account) {
        database.with("save account " + account.id(), c -> {
            AccountTable.save(c, account);
            Overlaps.recompute(c);
            return null;
        });
    }

    @Override
    public boolean delete(String id) {
        return database.with("delete account " + id, c -> {
            boolean deleted = AccountTable.delete(c, id);
            Overlaps.recompute(c);
            return deleted;
        });
    }

    @Override
    public void save(PendingIntegration pending) {
        database.with("save pending integration " + pending.id(), c -> {
            AccountStateTables.savePending(c, pending);
            return null;
        });
    }

    @Override
    public Optional<PendingIntegration> pending(String id) {
        return database.with("read pending integration " + id,
                c -> AccountStateTables.pending(c, "id", id).stream().findFirst());
    }

    @Override
    public Optional<PendingIntegration> withExternalId(ExternalId externalId) {
        return database.with("find a pending integration by External ID",
                c -> AccountStateTables.pending(c, "external_id", externalId.value()).stream().findFirst());
    }

    @Override
    public List<PendingIntegration> pendingIntegrations() {
        return database.question("list the pending integrations", c -> AccountStateTables.pending(c, null, null));
    }

    @Override
    public boolean remove(String id) {
        return database.with("remove pending integration " + id, c -> AccountStateTables.removePending(c, id));
    }
}
