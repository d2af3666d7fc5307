package org.cloudspend.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetPeriod;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
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

/** The MBeans a monitoring server polls, read from the platform MBean server as a JMX client would. */
class CostMetricsTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @TempDir
    Path folder;

    private StandaloneStore store;
    private CostMetrics metrics;
    private GeneratedExport june;

    @BeforeEach
    void start() throws Exception {
        store = StandaloneStore.duckDb(folder.resolve("metrics.duckdb"));
        june = ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, true, JUNE, 3_000, 5),
                folder.resolve("june"));
        try (CostLoad load = store.costs().begin(new LoadClaim("payer", new BillingPeriod(JUNE), june.deliveryId(),
                june.dataFileKeys())).orElseThrow()) {
            for (String key : june.dataFileKeys()) {
                new CurExportReader(new AwsTagNormalizer()).read(ExportType.CUR2, june.root().resolve(key), load);
            }
            load.commit();
        }
        store.accounts().save(account("payer", ExportSpec.DEFAULT_PAYER, AccountType.PAYER));
        store.accounts().save(account("quiet", "222222222222", AccountType.LINKED));
        Clock lastOfJune = Clock.fixed(LocalDate.of(2025, 6, 30).atTime(18, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        BudgetMonitor budgets = new BudgetMonitor(store.budgets(), store.queries(), store.alerts(), lastOfJune);
        budgets.add(new Budget("team", BudgetPeriod.MONTHLY, CostMeasure.UNBLENDED, new BigDecimal("1000"), "USD",
                List.of(BudgetThreshold.parse("actual:1")), List.of(), Set.of()));
        metrics = new CostMetrics(store.budgets(), budgets, store.accounts(), store.queries(), store.costs(),
                store.errors(), store.alerts(), lastOfJune);
        metrics.sync();
    }

    @AfterEach
    void stop() throws Exception {
        metrics.stop();
        store.close();
    }

    @Test
    void budgetsAccountsAndTheWholeAreReadableOverJmx() throws Exception {
        BigDecimal total = june.expected().overall().total("UNBLENDED");
        ObjectName team = new ObjectName("org.cloudspend:type=Budget,name=team");
        assertEquals(0, total.compareTo((BigDecimal) server.getAttribute(team, "Spent")));
        assertEquals("2025-06-01", server.getAttribute(team, "PeriodStart"));
        assertEquals(new BigDecimal("1000.00"), server.getAttribute(team, "Amount"));
        assertEquals(1, server.getAttribute(team, "ThresholdsReached"));
        assertEquals(total.movePointRight(2).divide(new BigDecimal("1000"), 1, java.math.RoundingMode.HALF_UP)
                .doubleValue(), server.getAttribute(team, "SpentPercent"));

        ObjectName payer = new ObjectName("org.cloudspend:type=Account,name=payer");
        assertEquals(0, total.compareTo((BigDecimal) server.getAttribute(payer, "MonthToDateCost")));
        assertEquals("USD", server.getAttribute(payer, "Currency"));
        ObjectName quiet = new ObjectName("org.cloudspend:type=Account,name=quiet");
        assertEquals(-1.0, server.getAttribute(quiet, "HoursSinceLastLoad"));
        assertEquals(0, server.getAttribute(quiet, "OpenConfigurationErrors"));

        ObjectName whole = new ObjectName("org.cloudspend:type=Cloudspend");
        assertEquals(1, server.getAttribute(whole, "OpenAlerts"));
        assertEquals(2, server.getAttribute(whole, "Accounts"));
        assertEquals(1, server.getAttribute(whole, "Budgets"));
    }

    @Test
    void theMBeansFollowTheBudgetsAndAccounts() throws Exception {
        store.budgets().delete("team");
        store.accounts().delete("quiet");
        metrics.sync();
        assertFalse(server.isRegistered(new ObjectName("org.cloudspend:type=Budget,name=team")));
        assertFalse(server.isRegistered(new ObjectName("org.cloudspend:type=Account,name=quiet")));
        assertTrue(server.isRegistered(new ObjectName("org.cloudspend:type=Account,name=payer")));
        metrics.stop();
        assertEquals(Set.of(), server.queryNames(new ObjectName("org.cloudspend:*"), null));
    }

    private static AwsAccount account(String id, String number, AccountType type) {
        return new AwsAccount(id, id, new AwsAccountId(number), AccessType.ROLE,
                Optional.of("arn:aws:iam::" + number + ":role/cloudspend"), Optional.of(new ExternalId("Xk2p9QaZ7mW4")),
                type, new ExportDefinition(ExportType.CUR2, "costs", ExportFormat.PARQUET,
                        new S3Location("bucket", "exports", "us-east-1"), ExportVersioning.OVERWRITE));
    }
}
