package org.cloudspend.cur.internal;

import java.util.function.BooleanSupplier;

/**
 * The heap that Parquet row groups being decoded at the same time may take together, shared by every read of the
 * process (several loads may run at once). A row group waits until it fits beside the others; one alone always runs,
 * whatever its size, so that memory stays bounded by the larger of the budget and the largest row group.
 */
final class RowGroupBudget {

    private final long limit;
    private long used;
    private int running;

    RowGroupBudget(long limit) {
        this.limit = limit;
    }

    /** A budget of that share of the JVM's maximum heap. */
    static RowGroupBudget ofHeap(double share) {
        return new RowGroupBudget((long) (Runtime.getRuntime().maxMemory() * share));
    }

    /**
     * Waits until {@code bytes} fit (or nothing else is being decoded) and takes them.
     *
     * @return false when {@code stopped} turned true while waiting (nothing was taken)
     */
    synchronized boolean acquire(long bytes, BooleanSupplier stopped) throws InterruptedException {
        while (running > 0 && used + bytes > limit) {
            if (stopped.getAsBoolean()) {
                return false;
            }
            wait(50);
        }
        used += bytes;
        running++;
        return true;
    }

    synchronized void release(long bytes) {
        used -= bytes;
        running--;
        notifyAll();
    }
}
