package org.cloudspend.api.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/** Keeps every integrated account's costs current from its billing export. */
@ProviderType
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

    /**
     * Loads a local copy of export files through the same steps as an account's route: the newest delivery of every
     * billing period found replaces what was loaded for that period (never adds to it), a delivery loaded before is
     * left, at most {@code max.concurrent.loads} load at once, and a file that cannot be read leaves its period's
     * data as it was, with the reader's words in the load history. The path may be any level of the copy: the
     * bucket's folder, the prefix, the export's folder or a billing period's (every delivery under it), a manifest or
     * a data file (the delivery it belongs to).
     *
     * @param exportId the name the costs are stored under; empty for each export's own name
     * @param eachPeriod told of every billing period as it ends
     * @return every billing period's outcome, oldest period first for each export
     * @throws IllegalArgumentException when no export is found at the path, or the name is an account's (its route
     *     loads the account's export)
     */
    List<CopyLoad> loadCopy(Path path, String exportId, Consumer<CopyLoad> eachPeriod)
            throws IOException, InterruptedException;

    /** Every route of the CamelContext: cloudspend's own, one per account, route files' and route builders'. */
    List<RouteInfo> routes();
}
