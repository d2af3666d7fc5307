package org.cloudspend.msp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerCosts;
import org.cloudspend.api.msp.MappingRule;
import org.cloudspend.api.msp.MappingRule.Kind;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.store.internal.StandaloneStore;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payer's generated month (a payer and four linked accounts, tagged resources) split among three customers: the
 * customers and the unassigned rest add up to the payer's total to the cent, a customer sees only its own costs, and
 * rebilling is exact.
 */
class MspCustomersTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final String PAYER = "100000000000";
    private static final String ACME_ACCOUNT = "100000111111";
    private static final String GLOBEX_ACCOUNT = "100000222222";
    private static final String INITECH_ACCOUNT = "100000333333";
    private static final String SHARED_ACCOUNT = "100000444444";

    @TempDir
    Path folder;

    private StandaloneStore store;
    private MspCustomers msp;
    private GeneratedExport month;

    @BeforeEach
    void load() throws Exception {
        store = StandaloneStore.duckDb(folder.resolve("msp.duckdb"));
        AwsTagNormalizer tags = new AwsTagNormalizer();
        msp = new MspCustomers(store.customers(), store.queries(), tags);
        month = ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, true, JUNE, 6_000, 11),
                folder.resolve("bucket"));
        CurExportReader reader = new CurExportReader(tags);
        try (CostLoad load = store.costs().begin(new LoadClaim("payer", new BillingPeriod(JUNE), month.deliveryId(),
                month.dataFileKeys())).orElseThrow()) {
            for (String key : month.dataFileKeys()) {
                reader.read(ExportType.CUR2, month.root().resolve(key), load);
            }
            load.commit();
        }
        msp.add(new Customer("acme", "Acme", "USD", new BigDecimal("12.5")));
        msp.add(new Customer("globex", "Globex", "USD", new BigDecimal("-10")));
        msp.add(new Customer("initech", "Initech", "USD", BigDecimal.ZERO));
        msp.map("acme", Kind.LINKED_ACCOUNT, "", ACME_ACCOUNT, OptionalInt.empty());
        msp.map("globex", Kind.LINKED_ACCOUNT, "", GLOBEX_ACCOUNT, OptionalInt.empty());
        msp.map("initech", Kind.LINKED_ACCOUNT, "", INITECH_ACCOUNT, OptionalInt.empty());
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void customersByAccountMatchTheGeneratorsAccountTotalsAndTheRestIsUnassigned() {
        Map<String, BigDecimal> byCustomer = byCustomer();
        var expected = month.expected().byUsageAccount();
        assertEquals(unblended(expected.get(ACME_ACCOUNT)), byCustomer.get("acme"));
        assertEquals(unblended(expected.get(GLOBEX_ACCOUNT)), byCustomer.get("globex"));
        assertEquals(unblended(expected.get(INITECH_ACCOUNT)), byCustomer.get("initech"));
        assertEquals(unblended(expected.get(PAYER)).add(unblended(expected.get(SHARED_ACCOUNT))),
                byCustomer.get(Customer.UNASSIGNED));
        assertEquals(0, msp.unassigned(june(List.of(), List.of())).total()
                .compareTo(byCustomer.get(Customer.UNASSIGNED)));
        assertAddsUpToThePayersTotal(byCustomer);
    }

    @Test
    void tagRulesSplitSharedAccountsWithoutCountingAnythingTwice() {
        Map<String, BigDecimal> before = byCustomer();
        MappingRule checkout = msp.map("initech", Kind.TAG, "Project", "checkout", OptionalInt.empty());
        assertEquals("project", checkout.key(), "tag keys are stored canonical");
        assertEquals(100, checkout.precedence(), "a tag rule comes before account rules by default");
        MappingRule search = msp.map("acme", Kind.TAG, "Project", "search", OptionalInt.empty());

        Map<String, BigDecimal> split = byCustomer();
        assertAddsUpToThePayersTotal(split);
        assertTrue(split.get("initech").compareTo(before.get("initech")) != 0, "checkout costs moved to initech");
        assertTrue(split.get(Customer.UNASSIGNED).compareTo(before.get(Customer.UNASSIGNED)) != 0,
                "tagged costs of the shared account are assigned now");

        assertTrue(msp.unmap(checkout.id()));
        assertTrue(msp.unmap(search.id()));
        assertEquals(before, byCustomer(), "removed rules stop applying to the month loaded before");
    }

    @Test
    void aCustomerSeesOnlyItsOwnCostsWhateverItAsks() {
        CustomerCosts acme = msp.query("acme", june(List.of(GroupBy.of(Dimension.ACCOUNT)), List.of()));
        assertEquals(List.of(ACME_ACCOUNT), acme.costs().rows().stream().map(row -> row.group().get(0)).toList());

        CustomerCosts asksForGlobex = msp.query("acme", june(List.of(GroupBy.of(Dimension.CUSTOMER)),
                List.of(new Filter(GroupBy.of(Dimension.ACCOUNT), Set.of(GLOBEX_ACCOUNT), false))));
        assertEquals(List.of(), asksForGlobex.costs().rows());
        CustomerCosts asksForAllCustomers = msp.query("acme", june(List.of(GroupBy.of(Dimension.CUSTOMER)),
                List.of()));
        assertEquals(List.of("acme"), asksForAllCustomers.costs().rows().stream()
                .map(row -> row.group().get(0)).toList());
        assertThrows(IllegalArgumentException.class, () -> msp.query("umbrella", june(List.of(), List.of())));
    }

    @Test
    void rebillingAppliesTheMarkupOrDiscountExactly() {
        CustomerCosts acme = msp.query("acme", june(List.of(GroupBy.of(Dimension.SERVICE)), List.of()));
        assertEquals(0, acme.costs().total().multiply(new BigDecimal("1.125")).compareTo(acme.rebilled().total()));
        for (int i = 0; i < acme.costs().rows().size(); i++) {
            CostRow row = acme.costs().rows().get(i);
            assertEquals(0, row.amount().multiply(new BigDecimal("1.125"))
                    .compareTo(acme.rebilled().rows().get(i).amount()));
        }
        CustomerCosts globex = msp.query("globex", june(List.of(), List.of()));
        assertEquals(0, globex.costs().total().multiply(new BigDecimal("0.9")).compareTo(globex.rebilled().total()));
    }

    @Test
    void rulesAreCheckedBeforeTheyAreStored() {
        assertThrows(IllegalArgumentException.class,
                () -> msp.map("umbrella", Kind.LINKED_ACCOUNT, "", ACME_ACCOUNT, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> msp.map("acme", Kind.LINKED_ACCOUNT, "", "12345", OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> msp.map("acme", Kind.LINKED_ACCOUNT, "", ACME_ACCOUNT, OptionalInt.of(5)));
        assertThrows(IllegalArgumentException.class, () -> msp.add(new Customer("acme", "Again", "USD",
                BigDecimal.ZERO)));
        assertEquals(3, store.customers().rules().size());
    }

    @Test
    void anAmbiguousRuleIsRefusedNamingTheRuleItTiesWith() {
        MappingRule blue = msp.map("acme", Kind.TAG, "team", "blue", OptionalInt.of(50));
        IllegalArgumentException tie = assertThrows(IllegalArgumentException.class,
                () -> msp.map("globex", Kind.TAG, "Team", "blue", OptionalInt.of(50)));
        assertEquals("Rule " + blue.id() + " maps the same cost to customer acme at the same precedence 50: give this"
                + " one another precedence (--precedence), or remove that rule (cloudspend:customer-unmap "
                + blue.id() + ")", tie.getMessage());
        msp.map("globex", Kind.TAG, "team", "blue", OptionalInt.of(60));
        assertEquals(5, store.customers().rules().size(), "another precedence decides: accepted");
    }

    @Test
    void customerIdsDisplayWordsMarkupsAndCurrenciesAreChecked() {
        for (String id : List.of("(unassigned)", "(others)", "(none)", "", "x".repeat(65), "../etc", "a b",
                "-dash")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> msp.add(new Customer(id, "Bad", "USD", BigDecimal.ZERO)));
            assertTrue(refused.getMessage().contains("is not a valid customer id"), refused.getMessage());
        }
        assertEquals("'XYZ' is not an ISO 4217 currency code (USD, EUR, ...)", assertThrows(
                IllegalArgumentException.class, () -> new Customer("c", "C", "XYZ", BigDecimal.ZERO)).getMessage());
        assertEquals("EUR", new Customer("c", "C", "eur", BigDecimal.ZERO).currency());
        assertEquals(new BigDecimal("1000"), new Customer("c", "C", "USD", new BigDecimal("1e3")).markupPercent());
        assertThrows(IllegalArgumentException.class, () -> new Customer("c", "C", "USD", new BigDecimal("1e4")));
        assertThrows(IllegalArgumentException.class, () -> new Customer("c", "C", "USD", new BigDecimal("0.1234567")));
        assertEquals(3, store.customers().customers().size(), "nothing refused was stored");
    }

    private void assertAddsUpToThePayersTotal(Map<String, BigDecimal> byCustomer) {
        BigDecimal sum = byCustomer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, unblended(month.expected().overall()).compareTo(sum),
                "customers plus unassigned: " + sum + " vs the payer's " + unblended(month.expected().overall()));
    }

    private Map<String, BigDecimal> byCustomer() {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (CostRow row : store.queries().query(june(List.of(GroupBy.of(Dimension.CUSTOMER)), List.of())).rows()) {
            amounts.put(row.group().get(0), row.amount());
        }
        return amounts;
    }

    private static CostQuery june(List<GroupBy> groups, List<Filter> filters) {
        return new CostQuery(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), Granularity.TOTAL, groups, filters,
                CostMeasure.UNBLENDED, 0);
    }

    private static BigDecimal unblended(org.cloudspend.generator.ExpectedTotals.Sums sums) {
        return sums.total("UNBLENDED").setScale(10);
    }
}
