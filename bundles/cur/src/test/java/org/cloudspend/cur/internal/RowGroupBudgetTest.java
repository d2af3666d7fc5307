package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RowGroupBudgetTest {

    private final RowGroupBudget budget = new RowGroupBudget(100);

    @Test
    void groupsThatFitTogetherRunTogether() throws Exception {
        assertTrue(budget.acquire(60, () -> false));
        assertTrue(CompletableFuture.supplyAsync(() -> acquire(40, new AtomicBoolean())).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aGroupWaitsUntilTheOthersLeaveRoom() throws Exception {
        assertTrue(budget.acquire(60, () -> false));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> acquire(50, new AtomicBoolean()));
        Thread.sleep(200);
        assertFalse(second.isDone());

        budget.release(60);
        assertTrue(second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aGroupLargerThanTheBudgetRunsAlone() throws Exception {
        assertTrue(budget.acquire(500, () -> false));
        budget.release(500);
        assertTrue(budget.acquire(500, () -> false));
    }

    @Test
    void aStoppedReadStopsWaiting() throws Exception {
        assertTrue(budget.acquire(100, () -> false));
        AtomicBoolean stopped = new AtomicBoolean();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> acquire(10, stopped));
        stopped.set(true);
        assertFalse(waiting.get(5, TimeUnit.SECONDS));
    }

    private boolean acquire(long bytes, AtomicBoolean stopped) {
        try {
            return budget.acquire(bytes, stopped::get);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
