package org.cloudspend.store.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;

/** Line items built in the test, as the readers would hand them over. */
final class TestItems {

    private TestItems() {
    }

    static LineItem item(BillingPeriod period, String day, String usageAccount, String service, String type,
            String cost, Map<String, String> tags) {
        return item(period, day, usageAccount, service, type, cost, tags, "");
    }

    static LineItem item(BillingPeriod period, String day, String usageAccount, String service, String type,
            String cost, Map<String, String> tags, String resource) {
        long scaled = Money.toScaled(new BigDecimal(cost));
        Instant start = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new LineItem() {
            public BillingPeriod billingPeriod() { return period; }
            public String payerAccountId() { return "111111111111"; }
            public String usageAccountId() { return usageAccount; }
            public String lineItemType() { return type; }
            public Instant usageStart() { return start; }
            public Instant usageEnd() { return start.plusSeconds(3600); }
            public String productCode() { return service; }
            public String region() { return "eu-west-1"; }
            public String availabilityZone() { return ""; }
            public String usageType() { return "BoxUsage"; }
            public String operation() { return "RunInstances"; }
            public String resourceId() { return resource; }
            public BigDecimal usageAmount() { return BigDecimal.ONE; }
            public String currency() { return "USD"; }
            public long costScaled(CostMeasure measure) { return scaled; }
            public boolean netMeasuresPresent() { return false; }
            public Map<String, String> tags() { return tags; }
            public Map<String, String> costCategories() { return Map.of(); }
        };
    }

    /** The item as a reader that sums line items of one daily fact hands it over: standing for {@code lines}. */
    static LineItem summed(LineItem item, long lines) {
        return (LineItem) java.lang.reflect.Proxy.newProxyInstance(LineItem.class.getClassLoader(),
                new Class<?>[] {LineItem.class}, (proxy, method, args) -> method.getName().equals("lineItems")
                        ? (Object) lines : method.invoke(item, args));
    }
}
