package org.cloudspend.api.account;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The persistent list of integrated accounts (implemented by the store, which owns the database). */
@ProviderType
public interface AccountRegistry {

    List<AwsAccount> accounts();

    Optional<AwsAccount> account(String id);

    /** Adds the account, or replaces the one with the same id. */
    void save(AwsAccount account);

    /** Removes the account; returns false when there was none with that id. */
    boolean delete(String id);
}
