package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;
import org.junit.jupiter.api.Test;

class DailyLineItemSumsTest {

    private static final long MAY_2 = 1_714_608_000L;

    /** What the sink got, copied during the call as a sink must. */
    private final List<String> out = new ArrayList<>();

    private void collect(LineItem item) {
        StringBuilder text = new StringBuilder(item.usageStart() + ".." + item.usageEnd() + " " + item.resourceId()
                + " " + item.tags() + " x" + item.lineItems() + " usage " + item.usageAmountText());
        for (CostMeasure measure : CostMeasure.values()) {
            text.append(' ').append(item.cost(measure).toPlainString());
        }
        out.add(text.toString());
    }

    @Test
    void lineItemsOfOneDailyFactArriveAsOneWithExactSums() {
        DailyLineItemSums sums = new DailyLineItemSums(this::collect, 10);
        for (int hour = 0; hour < 3; hour++) {
            sums.add(item(MAY_2 + hour * 3600L, "i-1", "web", "0.000000000000000001", "0.0416666667"));
        }
        sums.add(item(MAY_2 + 3 * 3600L, "i-1", "data", "1", "1"));
        sums.add(item(MAY_2 + 86_400L, "i-1", "web", "1", "1"));
        sums.add(item(MAY_2 + 4 * 3600L, "i-1", "web", "2.5", "-0.125"));
        assertEquals(List.of(), out, "nothing passed on before the table is flushed");

        sums.flush();
        assertEquals(List.of(
                "2024-05-02T00:00:00Z..2024-05-02T05:00:00Z i-1 {team=web} x4 usage 2.500000000000000003"
                        + " 0.0000000001 0.0000000001 0.0000000001 0.0000000001",
                "2024-05-02T03:00:00Z..2024-05-02T04:00:00Z i-1 {team=data} x1 usage 1"
                        + " 1.0000000000 1.0000000000 1.0000000000 1.0000000000",
                "2024-05-03T00:00:00Z..2024-05-03T01:00:00Z i-1 {team=web} x1 usage 1"
                        + " 1.0000000000 1.0000000000 1.0000000000 1.0000000000"), out);
    }

    @Test
    void aCostBeyondALongPassesItsFactOnBeforeStartingItAgain() {
        DailyLineItemSums sums = new DailyLineItemSums(this::collect, 10);
        String large = Money.fromScaled(Long.MAX_VALUE - 1).toPlainString();
        sums.add(item(MAY_2, "i-1", "web", "1", large));
        sums.add(item(MAY_2 + 3600, "i-1", "web", "1", large));
        sums.add(item(MAY_2 + 7200, "i-1", "web", "1", "0.0000000001"));
        sums.flush();
        assertEquals(2, out.size(), out.toString());
        assertEquals("2024-05-02T00:00:00Z..2024-05-02T01:00:00Z i-1 {team=web} x1 usage 1 " + large + " " + large
                + " " + large + " " + large, out.get(0));
        assertEquals("2024-05-02T01:00:00Z..2024-05-02T03:00:00Z i-1 {team=web} x2 usage 2 922337203.6854775807"
                + " 922337203.6854775807 922337203.6854775807 922337203.6854775807", out.get(1));
    }

    @Test
    void aFullTableOfFactsOfOneLineItemEachPassesLineItemsOnFromThenOn() {
        DailyLineItemSums sums = new DailyLineItemSums(this::collect, 4);
        for (int resource = 0; resource < 4; resource++) {
            sums.add(item(MAY_2, "i-" + resource, "web", "1", "1"));
        }
        assertEquals(0, out.size());
        // a fifth fact: the table is full of facts of one line item each, not worth summing
        sums.add(item(MAY_2, "i-4", "web", "1", "1"));
        assertEquals(5, out.size(), "the four facts, and the fifth line item as it is");
        sums.add(item(MAY_2 + 3600, "i-4", "web", "1", "1"));
        assertEquals(6, out.size());
        assertEquals(out.get(4).replace("00:00:00Z..2024-05-02T01", "01:00:00Z..2024-05-02T02"), out.get(5));
        sums.flush();
        assertEquals(6, out.size());
    }

    private static ParsedLineItem item(long startSecond, String resource, String team, String usage, String cost) {
        ParsedLineItem item = new ParsedLineItem();
        item.billingPeriod = new BillingPeriod(YearMonth.of(2024, 5));
        item.payerAccountId = "111111111111";
        item.usageAccountId = "222222222222";
        item.lineItemType = "Usage";
        item.usageStartSecond = startSecond;
        item.usageEndSecond = startSecond + 3600;
        item.productCode = "AmazonEC2";
        item.region = "us-east-1";
        item.availabilityZone = "us-east-1a";
        item.usageType = "BoxUsage:t3.micro";
        item.operation = "RunInstances";
        item.resourceId = resource;
        item.usageAmountText = usage;
        item.currency = "USD";
        item.tags = new RowLabels();
        item.tags.set("team", team);
        item.costCategories = new RowLabels();
        long scaled = Money.toScaled(new java.math.BigDecimal(cost));
        java.util.Arrays.fill(item.measures, scaled);
        return item;
    }
}
