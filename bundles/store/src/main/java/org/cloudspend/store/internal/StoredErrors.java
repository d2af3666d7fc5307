package org.cloudspend.store.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ConfigurationErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The accounts' configuration errors, kept until the check that raised them passes. */
@Component(service = ConfigurationErrors.class)
public final class StoredErrors implements ConfigurationErrors {

    private final StoreDatabase database;

    @Activate
    public StoredErrors(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public void report(String accountId, ConfigurationErrorCode code, String message) {
        database.with("record a configuration error of account " + accountId, c -> {
            AccountStateTables.report(c, accountId, code, message, Instant.now().truncatedTo(ChronoUnit.MICROS));
            return null;
        });
    }

    @Override
    public void clear(String accountId, ConfigurationErrorCode code) {
        database.with("clear a configuration error of account " + accountId, c -> {
            AccountStateTables.clear(c, accountId, code);
            return null;
        });
    }

    @Override
    public void clearAll(String accountId) {
        database.with("clear the configuration errors of account " + accountId, c -> {
            AccountStateTables.clearAll(c, accountId);
            return null;
        });
    }

    @Override
    public List<ConfigurationError> errors() {
        return database.question("list the configuration errors", c -> AccountStateTables.errors(c, null));
    }

    @Override
    public List<ConfigurationError> errors(String accountId) {
        return database.question("list the configuration errors of account " + accountId,
                c -> AccountStateTables.errors(c, accountId));
    }
}
