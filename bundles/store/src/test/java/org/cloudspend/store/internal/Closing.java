package org.cloudspend.store.internal;

/** A store closed at the end of a try block, to reopen it and see what survived. */
final class Closing implements AutoCloseable {

    final StandaloneStore it;

    Closing(StandaloneStore store) {
        this.it = store;
    }

    @Override
    public void close() throws Exception {
        it.close();
    }
}
