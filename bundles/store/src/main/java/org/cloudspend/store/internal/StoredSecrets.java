package org.cloudspend.store.internal;

import java.util.Optional;
import org.cloudspend.api.credentials.SealedSecrets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** IAM-user keys as the credentials bundle sealed them: the store never holds them in clear text. */
@Component(service = SealedSecrets.class)
public final class StoredSecrets implements SealedSecrets {

    private final StoreDatabase database;

    @Activate
    public StoredSecrets(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public void store(String accountId, String sealed) {
        database.with("store the sealed keys of account " + accountId, c -> {
            AccountStateTables.putSecret(c, accountId, sealed);
            return null;
        });
    }

    @Override
    public Optional<String> sealed(String accountId) {
        return database.with("read the sealed keys of account " + accountId,
                c -> AccountStateTables.secret(c, accountId));
    }

    @Override
    public boolean discard(String accountId) {
        return database.with("remove the sealed keys of account " + accountId,
                c -> AccountStateTables.removeSecret(c, accountId));
    }
}
