package org.cloudspend.shell.internal;

import java.util.List;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.account.PendingIntegrations;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.api.anomaly.AnomalyMonitorRegistry;
import org.cloudspend.api.anomaly.AnomalyService;
import org.cloudspend.api.budget.BudgetRegistry;
import org.cloudspend.api.budget.BudgetService;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.credentials.CredentialProvider;
import org.cloudspend.api.credentials.SealedSecrets;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportReader;
import org.cloudspend.api.ingest.IngestService;
import org.cloudspend.api.msp.CustomerCostService;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.api.msp.CustomerService;
import org.cloudspend.api.tags.TagNormalizer;

/** The api services that make up cloudspend, each with the capability it brings. */
final class CloudspendServices {

    record Entry(Class<?> type, String capability) {
    }

    static final List<Entry> ALL = List.of(
            new Entry(TagNormalizer.class, "tag-key normalisation"),
            new Entry(ExportReader.class, "billing export readers"),
            new Entry(ExportLayouts.class, "billing export S3 layouts"),
            new Entry(CostStore.class, "cost store and load history"),
            new Entry(CostQueryService.class, "cost queries"),
            new Entry(AccountRegistry.class, "account persistence"),
            new Entry(PendingIntegrations.class, "pending integrations"),
            new Entry(SealedSecrets.class, "sealed IAM-user keys"),
            new Entry(AccountIntegrationService.class, "account integration"),
            new Entry(ConfigurationErrors.class, "configuration errors"),
            new Entry(CredentialProvider.class, "AWS credentials"),
            new Entry(IngestService.class, "ingest routes"),
            new Entry(CustomerRegistry.class, "MSP customer persistence"),
            new Entry(CustomerService.class, "MSP customers and mapping rules"),
            new Entry(CustomerCostService.class, "customer-scoped costs"),
            new Entry(BudgetRegistry.class, "budget persistence"),
            new Entry(AlertStore.class, "alerts and their state"),
            new Entry(BudgetService.class, "budgets and their alerts"),
            new Entry(AnomalyMonitorRegistry.class, "anomaly monitor persistence"),
            new Entry(AnomalyService.class, "cost anomaly detection"));

    private CloudspendServices() {
    }
}
