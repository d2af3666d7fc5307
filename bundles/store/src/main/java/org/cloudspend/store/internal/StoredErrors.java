package org.cloudspend.store.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.alert.EventTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The accounts' configuration errors, kept until the check that raised them passes. */
@Component(service = ConfigurationErrors.class)
public final class StoredErrors implements ConfigurationErrors {

    private final StoreDatabase database;
    /** Where errors appearing and going are announced, when the platform has an Event Admin. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public StoredErrors(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public void report(String accountId, ConfigurationErrorCode code, String message) {
        if (database.with("record a configuration error of account " + accountId, c -> AccountStateTables.report(c,
                accountId, code, message, Instant.now().truncatedTo(ChronoUnit.MICROS)))) {
            post(EventTopics.ERROR_RAISED, accountId, code, message);
        }
    }

    @Override
    public void clear(String accountId, ConfigurationErrorCode code) {
        if (database.with("clear a configuration error of account " + accountId,
                c -> AccountStateTables.clear(c, accountId, code))) {
            post(EventTopics.ERROR_CLEARED, accountId, code, null);
        }
    }

    @Override
    public void clearAll(String accountId) {
        List<ConfigurationError> cleared = database.with("clear the configuration errors of account " + accountId,
                c -> {
                    List<ConfigurationError> were = AccountStateTables.errors(c, accountId);
                    AccountStateTables.clearAll(c, accountId);
                    return were;
                });
        cleared.forEach(error -> post(EventTopics.ERROR_CLEARED, accountId, error.code(), null));
    }

    /** Tells the platform's bus that an error appeared or went (nothing without Event Admin). */
    private void post(String topic, String accountId, ConfigurationErrorCode code, String message) {
        EventAdmin bus = events;
        if (bus != null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("account", accountId);
            properties.put("code", code.name());
            if (message != null) {
                properties.put("message", message);
            }
            bus.postEvent(new Event(topic, properties));
        }
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
