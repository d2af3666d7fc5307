package org.cloudspend.api.ingest;

import java.util.List;

/** Keeps every integrated account's costs current from its billing export. */
public interface IngestService {

    /** Where every account stands, in account order. */
    List<IngestStatus> status();

    /**
     * Looks at the account's export now instead of at its next scheduled check; returns at once, the check runs in the
     * background (see {@link #status()}).
     *
     * @throws IllegalArgumentException when no account has that id
     */
    void checkNow(String accountId);

    /** Every route of the CamelContext: cloudspend's own, one per account, route files' and route builders'. */
    List<RouteInfo> routes();
}
