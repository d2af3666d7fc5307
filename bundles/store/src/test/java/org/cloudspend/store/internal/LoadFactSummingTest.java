package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load sums line items of one fact in a bounded table before spooling them: whatever the table holds, and whether
 * it sums or passes line items through, the month's facts are the same to the last decimal.
 */
class LoadFactSummingTest {

    private static final BillingPeriod JANUARY = BillingPeriod.of(2025, 1);

    @TempDir
    Path folder;

    private StandaloneStore store;

    @BeforeEach
    void open() throws Exception {
        store = new StandaloneStore(new StoreDatabase(config(DailyFactTable.DEFAULT_CAPACITY)));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void aRealShapedMonthIsTheSameWhateverTheTableHolds() throws Exception {
        // three resources running all day on two days, hour by hour: 144 line items, six facts
        List<LineItem> items = new ArrayList<>();
        for (String day : List.of("2025-01-03", "2025-01-04")) {
            for (int hour = 0; hour < 24; hour++) {
                for (String resource : List.of("i-1", "i-2", "i-3")) {
                    items.add(TestItems.item(JANUARY, day, "222222222222", "AmazonEC2", "Usage",
                            "0.0416666667", Map.of("team", resource.equals("i-3") ? "web" : "data"), resource));
                }
            }
        }
        for (int factsInMemory : new int[] {DailyFactTable.DEFAULT_CAPACITY, 3, 1, 0}) {
            store.database().modified(config(factsInMemory));
            LoadRecord record = load("delivery-" + factsInMemory, items);
            assertEquals(144, record.rowsIn());
            assertEquals(6, record.rowsOut(), "with " + factsInMemory + " facts in memory");
            assertEquals(new BigDecimal("6.0000000048"), record.totals().get(CostMeasure.UNBLENDED));
            assertEquals(List.of("2025-01-03 i-1 24 1.0000000008", "2025-01-03 i-2 24 1.0000000008",
                    "2025-01-03 i-3 24 1.0000000008", "2025-01-04 i-1 24 1.0000000008",
                    "2025-01-04 i-2 24 1.0000000008", "2025-01-04 i-3 24 1.0000000008"), facts(),
                    "with " + factsInMemory + " facts in memory");
            assertEquals(144, lineItemsStored(), "with " + factsInMemory + " facts in memory");
        }
    }

    @Test
    void itemsAReaderSummedCountAsTheLineItemsTheyStandFor() throws Exception {
        List<LineItem> items = List.of(
                TestItems.summed(TestItems.item(JANUARY, "2025-01-03", "222222222222", "AmazonEC2", "Usage", "0.96",
                        Map.of(), "i-1"), 24),
                TestItems.summed(TestItems.item(JANUARY, "2025-01-04", "222222222222", "AmazonEC2", "Usage", "0.48",
                        Map.of(), "i-1"), 12),
                TestItems.item(JANUARY, "2025-01-04", "222222222222", "AmazonEC2", "Usage", "0.04", Map.of(), "i-1"));
        for (int factsInMemory : new int[] {DailyFactTable.DEFAULT_CAPACITY, 0}) {
            store.database().modified(config(factsInMemory));
            LoadRecord record = load("delivery-" + factsInMemory, items);
            assertEquals(37, record.rowsIn(), "with " + factsInMemory + " facts in memory");
            assertEquals(2, record.rowsOut());
            assertEquals(List.of("2025-01-03 i-1 1 0.9600000000", "2025-01-04 i-1 2 0.5200000000"), facts());
            assertEquals(37, lineItemsStored(), "with " + factsInMemory + " facts in memory");
        }
    }

    @Test
    void aMonthWhoseLineItemsRarelyShareAFactIsTheSameToo() throws Exception {
        store.database().modified(config(4));
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // each resource once, then the first ones again once the table has given up summing
            items.add(TestItems.item(JANUARY, "2025-01-0" + (1 + i % 30 % 9), "222222222222", "AmazonEC2", "Usage",
                    "1.5", Map.of(), "i-" + (i % 30)));
        }
        LoadRecord record = load("delivery-1", items);
        assertEquals(40, record.rowsIn());
        assertEquals(30, record.rowsOut());
        assertEquals(new BigDecimal("60.0000000000"), record.totals().get(CostMeasure.UNBLENDED));
        assertTrue(facts().contains("2025-01-01 i-0 2 3.0000000000"), facts().toString());
    }

    @Test
    void aNegativeNumberOfFactsIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> store.database().modified(config(-1)));
        assertEquals("load.facts.in.memory must be 0 (spool every line item) or more, not -1", refused.getMessage());
    }

    private StoreConfig config(int factsInMemory) {
        return DuckDbStoreTest.config(folder.resolve("summing.duckdb").toString(), "256MB", 1, factsInMemory);
    }

    private LoadRecord load(String delivery, List<LineItem> items) {
        try (CostLoad load = store.costs().begin(new LoadClaim("payer", JANUARY, delivery, List.of("a.csv.gz")))
                .orElseThrow()) {
            items.forEach(load::accept);
            return load.commit();
        }
    }

    /** How many line items the month's facts sum. */
    private long lineItemsStored() {
        return store.database().with("count the line items", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT sum(line_items) FROM cost_facts")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Each fact: day, resource, usage and unblended cost. */
    private List<String> facts() {
        return store.database().with("read the facts", connection -> {
            List<String> facts = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT day, resource, usage_amount, unblended FROM cost_facts ORDER BY day, resource")) {
                while (rows.next()) {
                    facts.add(rows.getDate(1).toLocalDate() + " " + rows.getString(2) + " "
                            + rows.getBigDecimal(3).stripTrailingZeros().toPlainString() + " "
                            + rows.getBigDecimal(4).toPlainString());
                }
            }
            return facts;
        });
    }
}
