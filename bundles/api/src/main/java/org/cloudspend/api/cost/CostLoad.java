package org.cloudspend.api.cost;

import org.cloudspend.api.export.LineItemSink;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A load under way: line items are aggregated as they arrive; {@link #commit()} replaces the claimed period in one
 * transaction, {@link #abort(String)} (or closing without commit) leaves the previous data untouched.
 */
@ProviderType
public interface CostLoad extends LineItemSink, AutoCloseable {

    LoadClaim claim();

    /** Replaces the period with what was received and records the load in the history. */
    LoadRecord commit();

    /** Drops what was received and records the failure in the history. */
    void abort(String reason);

    /** Aborts unless committed. */
    @Override
    void close();
}
