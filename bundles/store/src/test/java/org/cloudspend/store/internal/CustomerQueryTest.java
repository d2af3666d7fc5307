package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.MappingRule;
import org.cloudspend.api.msp.MappingRule.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer dimension: each cost goes to one customer by the rules' precedence, the rest is unassigned. */
abstract class CustomerQueryTest implements StoreBackend {

    private static final BillingPeriod MAY = BillingPeriod.of(2025, 5);

    @TempDir
    Path folder;

    private StandaloneStore store;

    @BeforeEach
    void open() throws Exception {
        store = open(folder);
        for (String id : List.of("acme", "globex", "initech")) {
            store.customers().save(new Customer(id, id, "USD", BigDecimal.ZERO));
        }
        store.customers().save(new MappingRule("r-acme", "acme", Kind.LINKED_ACCOUNT, "", "222222222222", 100));
        store.customers().save(new MappingRule("r-globex", "globex", Kind.LINKED_ACCOUNT, "", "333333333333", 100));
        store.customers().save(new MappingRule("r-blue", "initech", Kind.TAG, "team", "blue", 50));
        try (CostLoad load = store.costs().begin(new LoadClaim("payer", MAY, "d1", List.of("f"))).orElseThrow()) {
            for (LineItem item : List.of(
                    TestItems.item(MAY, "2025-05-01", "222222222222", "AmazonEC2", "Usage", "100.10", Map.of()),
                    // the tag rule's precedence (50) beats the account rule's (100): initech, not acme
                    TestItems.item(MAY, "2025-05-01", "222222222222", "AmazonS3", "Usage", "7.07",
                            Map.of("team", "blue")),
                    TestItems.item(MAY, "2025-05-02", "333333333333", "AmazonRDS", "Usage", "55.55", Map.of()),
                    TestItems.item(MAY, "2025-05-02", "444444444444", "AmazonEC2", "Usage", "20.00",
                            Map.of("team", "blue")),
                    TestItems.item(MAY, "2025-05-03", "444444444444", "AmazonEC2", "Usage", "3.33",
                            Map.of("team", "red")),
                    TestItems.item(MAY, "2025-05-03", "444444444444", "Tax", "Tax", "1.01", Map.of()))) {
                load.accept(item);
            }
            load.commit();
        }
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void everyCostGoesToOneCustomerOrIsUnassignedAndTheyAddUpToTheTotal() {
        Map<String, BigDecimal> byCustomer = byCustomer();
        assertEquals(Map.of("acme", amount("100.10"), "globex", amount("55.55"), "initech", amount("27.07"),
                Customer.UNASSIGNED, amount("4.34")), byCustomer);
        BigDecimal sum = byCustomer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(store.queries().query(query(List.of(), List.of())).total(), sum);
        assertEquals(amount("187.06"), sum);
    }

    @Test
    void aFilterOnACustomerKeepsOnlyItsCosts() {
        var only = store.queries().query(query(List.of(GroupBy.of(Dimension.ACCOUNT)),
                List.of(new Filter(GroupBy.of(Dimension.CUSTOMER), Set.of("initech"), false))));
        assertEquals(List.of(new CostRow(LocalDate.of(2025, 5, 1), List.of("444444444444"), amount("20.00")),
                new CostRow(LocalDate.of(2025, 5, 1), List.of("222222222222"), amount("7.07"))), only.rows());
    }

    @Test
    void changedRulesApplyToCostsLoadedBefore() {
        store.customers().deleteRule("r-blue");
        store.customers().save(new MappingRule("r-red", "globex", Kind.TAG, "team", "red", 10));
        assertEquals(Map.of("acme", amount("107.17"), "globex", amount("58.88"), Customer.UNASSIGNED,
                amount("21.01")), byCustomer());
        store.customers().deleteCustomer("acme");
        assertEquals(Map.of("globex", amount("58.88"), Customer.UNASSIGNED, amount("128.18")), byCustomer());
    }

    private Map<String, BigDecimal> byCustomer() {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (CostRow row : store.queries().query(query(List.of(GroupBy.of(Dimension.CUSTOMER)), List.of())).rows()) {
            amounts.put(row.group().get(0), row.amount());
        }
        return amounts;
    }

    private static CostQuery query(List<GroupBy> groups, List<Filter> filters) {
        return new CostQuery(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), Granularity.TOTAL, groups, filters,
                CostMeasure.UNBLENDED, 0);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value).setScale(10);
    }
}
