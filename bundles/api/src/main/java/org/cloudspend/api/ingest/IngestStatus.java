package org.cloudspend.api.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cloudspend.api.cost.LoadRecord;

/**
 * Where ingestion of one account stands.
 *
 * @param accountId the account
 * @param lastCheck when its export was last looked at
 * @param lastOutcome what that check found, in one line
 * @param lastLoad the newest load of its export, from the load history
 * @param nextCheck when it is looked at next
 * @param errors the account's configuration errors, as codes
 * @param progress the load under way, if any
 */
public record IngestStatus(String accountId, Optional<Instant> lastCheck, Optional<String> lastOutcome,
        Optional<LoadRecord> lastLoad, Optional<Instant> nextCheck, List<String> errors,
        Optional<LoadProgress> progress) {

    public IngestStatus {
        Objects.requireNonNull(accountId, "accountId");
        errors = List.copyOf(errors);
    }
}
