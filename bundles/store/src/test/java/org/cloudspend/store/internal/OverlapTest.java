package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.Overlap;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.LineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A linked account's own export and its payer's export carry the same usage: it is counted once, the payer's. */
abstract class OverlapTest implements StoreBackend {

    private static final BillingPeriod MARCH = BillingPeriod.of(2025, 3);
    private static final String SHOP = "222222222222";
    private static final String OTHER = "333333333333";

    @TempDir
    Path folder;

    private StandaloneStore store;

    @BeforeEach
    void open() throws Exception {
        store = open(folder);
        store.accounts().save(account("payer", "111111111111", AccountType.PAYER));
        store.accounts().save(account("shop", SHOP, AccountType.LINKED));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void thePayersExportWinsForTheUsageAccountsItCarries() {
        load("payer", TestItems.item(MARCH, "2025-03-02", SHOP, "AmazonEC2", "Usage", "10.25", Map.of()),
                TestItems.item(MARCH, "2025-03-02", "111111111111", "AmazonS3", "Usage", "1.50", Map.of()));
        load("shop", TestItems.item(MARCH, "2025-03-02", SHOP, "AmazonEC2", "Usage", "10.25", Map.of()),
                TestItems.item(MARCH, "2025-03-03", SHOP, "AmazonEC2", "Tax", "0.99", Map.of()),
                TestItems.item(MARCH, "2025-03-03", OTHER, "AmazonRDS", "Usage", "4.00", Map.of()));

        assertEquals(List.of(new Overlap("shop", MARCH, SHOP, "payer")), store.costs().overlaps());
        // 10.25 + 1.50 from the payer's export; of the shop's own, only the usage account the payer does not carry
        assertEquals(new BigDecimal("15.7500000000"), total());
        assertEquals(List.of(SHOP, OTHER, "111111111111"), byAccount(), "largest first");

        store.accounts().save(account("shop", SHOP, AccountType.PAYER));
        assertEquals(List.of(), store.costs().overlaps(), "two payers' exports both count");
        assertEquals(new BigDecimal("26.9900000000"), total());
    }

    private void load(String exportId, LineItem... items) {
        try (CostLoad load = store.costs().begin(new LoadClaim(exportId, MARCH, exportId + "-1", List.of("f"))).orElseThrow()) {
            for (LineItem item : items) {
                load.accept(item);
            }
            load.commit();
        }
    }

    private BigDecimal total() {
        return store.queries().query(query(List.of())).total();
    }

    private List<String> byAccount() {
        return store.queries().query(query(List.of(GroupBy.of(Dimension.ACCOUNT)))).rows().stream()
                .map(row -> row.group().get(0)).toList();
    }

    private static CostQuery query(List<GroupBy> groups) {
        return new CostQuery(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Granularity.TOTAL, groups, List.of(),
                CostMeasure.UNBLENDED, 0);
    }

    private static AwsAccount account(String id, String number, AccountType type) {
        return new AwsAccount(id, id, new AwsAccountId(number), AccessType.LOCAL, Optional.empty(), Optional.empty(),
                type, new ExportDefinition(ExportType.CUR2, id, ExportFormat.PARQUET, new S3Location(id, "", ""),
                        ExportVersioning.OVERWRITE));
    }
}
