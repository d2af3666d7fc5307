package org.cloudspend.api.cost;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Cost facts and the load history. */
@ProviderType
public interface CostStore {

    /**
     * Claims the period for a delivery. Empty when that very delivery is already loaded (loading it again would change
     * nothing) or another load holds the period right now.
     */
    Optional<CostLoad> begin(LoadClaim claim);

    /** The load history, newest first. */
    List<LoadRecord> loads(int limit);

    /**
     * Removes every cost the export delivered, in one transaction (e.g. with the account it belonged to), and records
     * it in the load history: an entry per billing period it held, saying what was removed. A period loaded again
     * later is loaded from scratch.
     *
     * @return the history's new entries, oldest period first; none when the export held nothing
     */
    List<LoadRecord> purge(String exportId);

    /** The usage accounts counted through their payer's export instead of their own, by export and period. */
    List<Overlap> overlaps();
}
