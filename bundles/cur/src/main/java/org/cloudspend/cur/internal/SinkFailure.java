package org.cloudspend.cur.internal;

import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.LineItemSink;

/**
 * A sink's own exception (a store that failed, a line item of another account), carried unchanged past the reader's
 * handler that turns the file's failures into read errors.
 */
final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final RuntimeException cause;

    private SinkFailure(RuntimeException cause) {
        super(null, null, false, false);
        this.cause = cause;
    }

    /** Hands the item to the sink; what the sink throws comes back as a SinkFailure. */
    static void passTo(LineItemSink sink, LineItem item) {
        try {
            sink.accept(item);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }
}
