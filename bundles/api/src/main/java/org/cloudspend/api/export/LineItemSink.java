package org.cloudspend.api.export;

/** Receives line items as a reader produces them; never a whole month in memory. */
@FunctionalInterface
public interface LineItemSink {

    /** Takes one item; the item is only valid during this call (see {@link LineItem}). */
    void accept(LineItem item);
}
