package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cloudspend.api.export.BillingPeriod;
import org.junit.jupiter.api.Test;

class SpoolHandOffTest {

    private static final BillingPeriod JANUARY = BillingPeriod.parse("2025-01");

    private final List<String> spooled = new CopyOnWriteArrayList<>();

    @Test
    void everyItemIsSpooledInOrderAsACopyOfWhatTheReaderHandedOver() {
        SpoolHandOff handOff = new SpoolHandOff("test", item -> spooled.add(item.resourceId + " "
                + item.tags.asMap()));
        // one map refilled for every row, as the readers do
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 2_500; i++) {
            tags.clear();
            tags.put("team", "t" + i);
            handOff.add(TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "1", tags,
                    "r-" + i));
        }
        handOff.finish();
        assertEquals(2_500, spooled.size(), "two full batches and the last, partial one");
        for (int i = 0; i < 2_500; i++) {
            assertEquals("r-" + i + " {team=t" + i + "}", spooled.get(i));
        }
    }

    @Test
    void aLoadSmallerThanABatchIsSpooledByFinishWithoutAThread() {
        SpoolHandOff handOff = new SpoolHandOff("small", item -> spooled.add(Thread.currentThread().getName()));
        for (int i = 0; i < 10; i++) {
            handOff.add(TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "1", Map.of(),
                    "r-" + i));
        }
        assertEquals(List.of(), spooled);
        handOff.finish();
        assertEquals(java.util.Collections.nCopies(10, Thread.currentThread().getName()), spooled);
    }

    @Test
    void aFailureOfTheSpoolingStopsTheReaderAndIsThrownAgainByFinish() {
        IllegalStateException disk = new IllegalStateException("Spooling to /tmp/x failed: No space left on device");
        SpoolHandOff handOff = new SpoolHandOff("test", item -> {
            if (spooled.size() == 10) {
                throw disk;
            }
            spooled.add(item.resourceId);
        });
        int added = 0;
        IllegalStateException thrown = null;
        while (thrown == null && added < 1_000_000) {
            try {
                handOff.add(TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "1",
                        Map.of(), "r"));
                added++;
            } catch (IllegalStateException e) {
                thrown = e;
            }
        }
        assertSame(disk, thrown);
        assertTrue(added < 10_000, "the reader stops within a few batches, not at the end: " + added);
        assertSame(disk, assertThrows(IllegalStateException.class, handOff::finish));
        assertEquals(10, spooled.size());
    }

    @Test
    void anErrorOfTheSpoolingNeverLeavesTheReaderWaiting() {
        SpoolHandOff handOff = new SpoolHandOff("test", item -> {
            throw new OutOfMemoryError("Java heap space");
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 100_000; i++) {
                handOff.add(TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "1",
                        Map.of(), "r"));
            }
        });
        assertEquals("Spooling the line items of test failed: java.lang.OutOfMemoryError: Java heap space",
                thrown.getMessage());
        assertThrows(IllegalStateException.class, handOff::finish);
    }

    @Test
    void anInterruptedReaderStillFinishesTheSpoolAndKeepsItsInterrupt() {
        SpoolHandOff handOff = new SpoolHandOff("test", item -> spooled.add(item.resourceId));
        for (int i = 0; i < 1_500; i++) {
            handOff.add(TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "1", Map.of(),
                    "r-" + i));
        }
        Thread.currentThread().interrupt();
        try {
            handOff.finish();
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(1_500, spooled.size());
        assertEquals("r-1499", spooled.get(1_499));
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("cloudspend-spool test") && thread.isAlive()),
                "the hand-off's thread has ended");
    }
}
