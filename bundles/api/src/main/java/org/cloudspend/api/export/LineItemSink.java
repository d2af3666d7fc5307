package org.cloudspend.api.export;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives line items as a reader produces them; never a whole month in memory. */
@FunctionalInterface
@ConsumerType
public interface LineItemSink {

    /** Takes one item; the item is only valid during this call (see {@link LineItem}). */
    void accept(LineItem item);
}
