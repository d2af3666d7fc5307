package org.cloudspend.store.internal;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.cloudspend.api.export.LineItem;

/**
 * Hands a load's line items from the reader's thread to a thread of the load's own that spools them, so that the
 * reader parses the next rows while the ones before are numbered and written (about half the parsing's work; while a
 * CSV file is read the second core is otherwise idle more than half the time). Line items travel as copies in
 * batches; at most {@link #QUEUED} batches wait, then the reader waits. A failure of the spooling is rethrown to the
 * reader at its next batch and by {@link #finish()}.
 */
final class SpoolHandOff {

    /** Spools one line item; called one item at a time, on the hand-off's thread or, for a small load, finish()'s. */
    @FunctionalInterface
    interface Spooler {
        void spool(SpooledItem item);
    }

    private static final int BATCH = 1024;
    private static final int QUEUED = 4;
    /** Sent after the last batch: the thread ends. */
    private static final SpooledItem[] END = new SpooledItem[0];

    private final String name;
    private final Spooler spooler;
    private final BlockingQueue<SpooledItem[]> batches = new ArrayBlockingQueue<>(QUEUED);
    /** Started with the first full batch: a load of fewer line items is spooled by {@link #finish()} itself. */
    private Thread thread;
    private SpooledItem[] filling = new SpooledItem[BATCH];
    private int filled;
    private volatile RuntimeException failure;
    private boolean finished;

    SpoolHandOff(String name, Spooler spooler) {
        this.name = name;
        this.spooler = spooler;
    }

    /** Copies the item into the batch being filled, handing the batch over when it is full. */
    void add(LineItem item) {
        filling[filled++] = new SpooledItem(item);
        if (filled == BATCH) {
            RuntimeException failed = failure;
            if (failed != null) {
                throw failed;
            }
            if (thread == null) {
                thread = new Thread(this::spoolBatches, "cloudspend-spool " + name);
                thread.setDaemon(true);
                thread.start();
            }
            try {
                batches.put(filling);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while spooling the line items of " + name, e);
            }
            filling = new SpooledItem[BATCH];
            filled = 0;
        }
    }

    /**
     * Hands over the last items and waits until every one is spooled; throws the spooling's failure, if any. Ends the
     * thread whatever happened before, also when the caller is interrupted.
     */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        SpooledItem[] last = Arrays.copyOf(filling, filled);
        filling = null;
        if (thread == null) {
            spool(last);
        } else {
            handOverLast(last);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Hands over the last batch and the end, and waits for the thread to end. */
    private void handOverLast(SpooledItem[] last) {
        boolean interrupted = false;
        for (SpooledItem[] batch : new SpooledItem[][] {last, END}) {
            // the thread always takes what it is given, spooled or not: this never waits long
            while (true) {
                try {
                    batches.put(batch);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The thread: spools each batch it is given (until one fails: then only takes them) until the end. */
    private void spoolBatches() {
        while (true) {
            SpooledItem[] batch;
            try {
                batch = batches.take();
            } catch (InterruptedException e) {
                // nothing interrupts this thread on purpose; ending here would leave the reader waiting
                failure = failure != null ? failure
                        : new IllegalStateException("The spooling of " + name + " was interrupted", e);
                continue;
            }
            if (batch == END) {
                return;
            }
            spool(batch);
        }
    }

    /** Spools the batch unless spooling failed before; a failure is kept, never thrown. */
    private void spool(SpooledItem[] batch) {
        if (failure != null) {
            return;
        }
        try {
            for (SpooledItem item : batch) {
                spooler.spool(item);
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            // kept for the reader: the thread goes on taking batches, or the reader would wait forever
            failure = new IllegalStateException("Spooling the line items of " + name + " failed: " + e, e);
        }
    }
}
