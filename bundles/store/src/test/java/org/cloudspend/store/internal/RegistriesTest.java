package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.alert.Alert;
import org.cloudspend.api.alert.AlertKind;
import org.cloudspend.api.alert.AlertState;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetPeriod;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.MappingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class RegistriesTest implements StoreBackend {

    @TempDir
    Path folder;

    @Test
    void accountsAreSavedReplacedDeletedAndSurviveRestarts() throws Exception {
        AwsAccount payer = new AwsAccount("payer", "Production payer", new AwsAccountId("111111111111"),
                AccessType.ROLE, Optional.of("arn:aws:iam::111111111111:role/cloudspend"),
                Optional.of(new ExternalId("Xk2p9QaZ7mW4")), AccountType.PAYER,
                new ExportDefinition(ExportType.CUR2, "costs", ExportFormat.PARQUET,
                        new S3Location("billing-bucket", "exports", "us-east-1"), ExportVersioning.OVERWRITE));
        AwsAccount legacy = new AwsAccount("old", "Old linked", new AwsAccountId("222222222222"), AccessType.USER,
                Optional.empty(), Optional.empty(), AccountType.LINKED,
                new ExportDefinition(ExportType.LEGACY, "daily", ExportFormat.CSV_GZIP,
                        new S3Location("legacy-bucket", "", "eu-west-1"), ExportVersioning.CREATE_NEW));
        try (var store = new Closing(open(folder))) {
            store.it.accounts().save(payer);
            store.it.accounts().save(legacy);
            store.it.accounts().save(new AwsAccount("old", "Old linked, renamed", legacy.awsAccountId(), legacy.accessType(),
                    legacy.roleArn(), legacy.externalId(), legacy.accountType(), legacy.export()));
        }
        try (var store = new Closing(open(folder))) {
            assertEquals(List.of("Old linked, renamed", "Production payer"),
                    store.it.accounts().accounts().stream().map(AwsAccount::displayName).toList());
            assertEquals(payer, store.it.accounts().account("payer").orElseThrow());
            assertTrue(store.it.accounts().delete("old"));
            assertFalse(store.it.accounts().delete("old"));
            assertEquals(List.of(payer), store.it.accounts().accounts());
        }
    }

    @Test
    void customersKeepTheirRulesUntilDeleted() throws Exception {
        try (var store = new Closing(open(folder))) {
            store.it.customers().save(new Customer("acme", "ACME Corp", "USD", new BigDecimal("12.5")));
            store.it.customers().save(new MappingRule("r2", "acme", MappingRule.Kind.TAG, "customer", "acme", 20));
            store.it.customers().save(new MappingRule("r1", "acme", MappingRule.Kind.LINKED_ACCOUNT, "", "333333333333", 10));
            assertEquals(List.of("r1", "r2"), store.it.customers().rules().stream().map(MappingRule::id).toList());
            assertEquals(new BigDecimal("12.5"), store.it.customers().customer("acme").orElseThrow().markupPercent());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.it.customers().save(
                    new MappingRule("r3", "nobody", MappingRule.Kind.TAG, "customer", "x", 1)));
            assertEquals("No customer 'nobody' to map cost to", e.getMessage());
            assertTrue(store.it.customers().deleteCustomer("acme"));
            assertEquals(List.of(), store.it.customers().rules());
            assertEquals(List.of(), store.it.customers().customers());
        }
    }

    @Test
    void budgetsKeepTheirScopeAndSurviveRestarts() throws Exception {
        Budget budget = new Budget("platform", BudgetPeriod.QUARTERLY, CostMeasure.AMORTIZED,
                new BigDecimal("2500.5"), "usd", List.of(BudgetThreshold.parse("actual:80"),
                        BudgetThreshold.parse("forecast:100%")),
                List.of(new Filter(GroupBy.tag("team"), Set.of("platform", "data, ops"), false),
                        new Filter(GroupBy.of(Dimension.SERVICE), Set.of("AWSSupportBusiness"), true)),
                Set.of(ExcludedCharge.TAX, ExcludedCharge.CREDITS));
        try (var store = new Closing(open(folder))) {
            store.it.budgets().save(budget);
            store.it.budgets().save(new Budget("small", BudgetPeriod.MONTHLY, CostMeasure.UNBLENDED, BigDecimal.TEN,
                    "EUR", List.of(BudgetThreshold.parse("actual:100")), List.of(), Set.of()));
        }
        try (var store = new Closing(open(folder))) {
            assertEquals(budget, store.it.budgets().budget("platform").orElseThrow());
            assertEquals(new BigDecimal("2500.50"), store.it.budgets().budget("platform").orElseThrow().amount());
            assertEquals(List.of("platform", "small"), store.it.budgets().budgets().stream().map(Budget::name)
                    .toList());
            assertTrue(store.it.budgets().delete("platform"));
            assertFalse(store.it.budgets().delete("platform"));
            assertEquals(Optional.empty(), store.it.budgets().budget("platform"));
        }
    }

    @Test
    void anAlertIsRaisedOnceUntilResolvedAndKeepsItsState() throws Exception {
        Instant raised = Instant.parse("2026-12-01T08:00:00Z");
        Alert alert = new Alert(Alert.idOf(AlertKind.BUDGET, "team", "2026-12-01 actual:80"), AlertKind.BUDGET,
                "team", "2026-12-01 actual:80", AlertState.OPEN, "Budget team: 812.40 USD reached 80%",
                new BigDecimal("812.4012"), new BigDecimal("800.00"), "USD", raised, raised);
        try (var store = new Closing(open(folder))) {
            Alert stored = store.it.alerts().raise(alert).orElseThrow();
            assertEquals(alert, stored);
            assertEquals(Optional.empty(), store.it.alerts().raise(alert), "raised already");
            Instant seen = raised.plusSeconds(60);
            assertEquals(AlertState.ACKNOWLEDGED, store.it.alerts().acknowledge(alert.id(), seen).orElseThrow()
                    .state());
            assertEquals(Optional.empty(), store.it.alerts().raise(alert), "acknowledged is still raised");
        }
        try (var store = new Closing(open(folder))) {
            assertEquals(List.of(alert.id()), store.it.alerts().unresolved(AlertKind.BUDGET, "team").stream()
                    .map(Alert::id).toList());
            Alert resolved = store.it.alerts().resolve(alert.id(), raised.plusSeconds(120)).orElseThrow();
            assertEquals(AlertState.RESOLVED, resolved.state());
            assertEquals(Optional.empty(), store.it.alerts().resolve(alert.id(), raised.plusSeconds(180)));
            assertEquals(List.of(), store.it.alerts().alerts(true));
            assertEquals(AlertState.OPEN, store.it.alerts().raise(alert).orElseThrow().state(), "raised again");
            assertEquals(1, store.it.alerts().alerts(false).size());
        }
    }
}
