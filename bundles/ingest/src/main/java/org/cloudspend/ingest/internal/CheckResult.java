package org.cloudspend.ingest.internal;

import java.time.Instant;
import java.util.List;
import org.cloudspend.api.cost.LoadRecord;

/** What one look at an account's export did: when, in one line, and the loads it committed. */
record CheckResult(String accountId, Instant at, String outcome, List<LoadRecord> loads) {
}
