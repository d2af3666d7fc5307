package org.cloudspend.store.internal;

/** A store closed at the end of a try block, to reopen it and see what survived. */
final class Closing implements AutoCloseable {

    final SqlCostStore it;

    Closing(SqlCostStore store) {
        this.it = store;
    }

    @Override
    public void close() throws Exception {
        it.close();
    }
}
