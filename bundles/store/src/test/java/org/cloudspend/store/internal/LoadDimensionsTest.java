package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.junit.jupiter.api.Test;

class LoadDimensionsTest {

    private static final List<String> BASE = List.of("111111111111", "222222222222", "AmazonEC2", "eu-west-1",
            "BoxUsage:m5.large", "RunInstances", "Usage", "USD");

    private final LoadDimensions dimensions = new LoadDimensions();

    @Test
    void aTupleIsKnownByItsValuesWhateverTheStringInstances() {
        int number = dimensions.numberOf(item(BASE));
        assertEquals(number, dimensions.numberOf(item(BASE.stream().map(String::new).toList())));
        assertEquals(1, dimensions.count());
    }

    @Test
    void tuplesThatDifferInAnyColumnAreDifferentTuples() {
        Set<Integer> numbers = new HashSet<>();
        numbers.add(dimensions.numberOf(item(BASE)));
        for (int column = 0; column < BASE.size(); column++) {
            List<String> values = new java.util.ArrayList<>(BASE);
            values.set(column, column == 3 ? "" : values.get(column) + "x");
            numbers.add(dimensions.numberOf(item(values)));
        }
        assertEquals(9, numbers.size());
        assertEquals(9, dimensions.count());
    }

    @Test
    void numbersFollowTheFirstSightAndHoldAsTheTablesGrow() throws IOException {
        for (int i = 0; i < 5_000; i++) {
            assertEquals(i, dimensions.numberOf(item(account(i))));
        }
        for (int i = 4_999; i >= 0; i--) {
            assertEquals(i, dimensions.numberOf(item(account(i))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRows rows = new CsvRows(out);
        dimensions.write(rows);
        rows.flush();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5_000, lines.size());
        assertEquals("0,111111111111,100000000000,AmazonEC2,\"eu-west-1, Ireland\",BoxUsage:m5.large,"
                + "RunInstances,Usage,\"\"", lines.get(0));
        assertEquals("4999,111111111111,100000004999,AmazonEC2,\"eu-west-1, Ireland\",BoxUsage:m5.large,"
                + "RunInstances,Usage,\"\"", lines.get(4_999));
    }

    /** A tuple per usage account, with a region that needs quoting and an empty currency. */
    private static List<String> account(int i) {
        return List.of("111111111111", String.valueOf(100_000_000_000L + i), "AmazonEC2", "eu-west-1, Ireland",
                "BoxUsage:m5.large", "RunInstances", "Usage", "");
    }

    private static SpooledItem item(List<String> values) {
        return new SpooledItem(new LineItem() {
            public BillingPeriod billingPeriod() { return BillingPeriod.parse("2025-01"); }
            public String payerAccountId() { return values.get(0); }
            public String usageAccountId() { return values.get(1); }
            public String productCode() { return values.get(2); }
            public String region() { return values.get(3); }
            public String usageType() { return values.get(4); }
            public String operation() { return values.get(5); }
            public String lineItemType() { return values.get(6); }
            public String currency() { return values.get(7); }
            public Instant usageStart() { return Instant.parse("2025-01-01T00:00:00Z"); }
            public Instant usageEnd() { return Instant.parse("2025-01-01T01:00:00Z"); }
            public String availabilityZone() { return ""; }
            public String resourceId() { return ""; }
            public BigDecimal usageAmount() { return BigDecimal.ONE; }
            public long costScaled(CostMeasure measure) { return 0; }
            public boolean netMeasuresPresent() { return false; }
            public Map<String, String> tags() { return Map.of(); }
            public Map<String, String> costCategories() { return Map.of(); }
        });
    }
}
