package org.cloudspend.credentials.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.credentials.SealedSecrets;

/** The store's account and secret services, in memory: what the credential provider needs of them. */
final class InMemoryState implements AccountRegistry, SealedSecrets, ConfigurationErrors {

    final Map<String, AwsAccount> accounts = new ConcurrentHashMap<>();
    final Map<String, String> sealed = new ConcurrentHashMap<>();
    final Map<String, ConfigurationError> errors = new ConcurrentHashMap<>();

    @Override
    public List<AwsAccount> accounts() {
        return new ArrayList<>(accounts.values());
    }

    @Override
    public Optional<AwsAccount> account(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public void save(AwsAccount account) {
        accounts.put(account.id(), account);
    }

    @Override
    public boolean delete(String id) {
        return accounts.remove(id) != null;
    }

    @Override
    public void store(String accountId, String sealedSecret) {
        sealed.put(accountId, sealedSecret);
    }

    @Override
    public Optional<String> sealed(String accountId) {
        return Optional.ofNullable(sealed.get(accountId));
    }

    @Override
    public boolean discard(String accountId) {
        return sealed.remove(accountId) != null;
    }

    @Override
    public void report(String accountId, ConfigurationErrorCode code, String message) {
        java.time.Instant now = java.time.Instant.now();
        errors.merge(accountId + "/" + code, new ConfigurationError(accountId, code, message, now, now),
                (was, next) -> new ConfigurationError(accountId, code, message, was.firstSeen(), now));
    }

    @Override
    public void clear(String accountId, ConfigurationErrorCode code) {
        errors.remove(accountId + "/" + code);
    }

    @Override
    public void clearAll(String accountId) {
        errors.keySet().removeIf(key -> key.startsWith(accountId + "/"));
    }

    @Override
    public List<ConfigurationError> errors() {
        return new ArrayList<>(errors.values());
    }

    @Override
    public List<ConfigurationError> errors(String accountId) {
        return errors.values().stream().filter(error -> error.accountId().equals(accountId)).toList();
    }
}
