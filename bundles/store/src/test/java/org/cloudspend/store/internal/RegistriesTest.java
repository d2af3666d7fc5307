package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
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
}
