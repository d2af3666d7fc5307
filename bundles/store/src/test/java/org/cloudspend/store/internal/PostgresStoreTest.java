package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.BillingPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's tests on PostgreSQL, when {@value #VARIABLE} names a server (a JDBC URL with user and password, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/cloudspend?user=cloudspend&password=cloudspend}); skipped otherwise. Each
 * test gets a schema of its own.
 */
class PostgresStoreTest {

    static final String VARIABLE = "CLOUDSPEND_TEST_POSTGRES";

    @BeforeAll
    static void needsAServer() {
        assumeTrue(System.getenv(VARIABLE) != null && !System.getenv(VARIABLE).isBlank(), "Set " + VARIABLE
                + " to a jdbc:postgresql:// URL (with user and password) to run the store's tests on PostgreSQL");
    }

    /** A schema per test folder: the same folder reopens the same store. */
    static StandaloneStore open(Path folder) throws Exception {
        String url = System.getenv(VARIABLE);
        String schema = "t_" + Integer.toHexString(folder.toAbsolutePath().toString().hashCode()).toLowerCase(Locale.ROOT);
        try (Connection admin = new PostgresDatabase(url, "", "", Path.of(System.getProperty("java.io.tmpdir"))).connect();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        return StandaloneStore.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", "");
    }

    /** Nodes starting together on a new database take turns at the schema: each opens it, none fails. */
    @Test
    void nodesStartingTogetherMigrateTheSchemaOnce(@TempDir Path folder) throws Exception {
        int nodes = 4;
        java.util.concurrent.ExecutorService starting = java.util.concurrent.Executors.newFixedThreadPool(nodes);
        try {
            java.util.concurrent.CountDownLatch together = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<StandaloneStore>> opened = new java.util.ArrayList<>();
            String url = System.getenv(VARIABLE);
            String schema = "t_start_" + Long.toHexString(System.nanoTime());
            try (Connection admin = new PostgresDatabase(url, "", "", Path.of(System.getProperty("java.io.tmpdir")))
                    .connect(); Statement statement = admin.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            for (int i = 0; i < nodes; i++) {
                opened.add(starting.submit(() -> {
                    together.await();
                    return StandaloneStore.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                            + schema, "", "");
                }));
            }
            together.countDown();
            for (java.util.concurrent.Future<StandaloneStore> node : opened) {
                try (StandaloneStore store = node.get()) {
                    assertEquals(List.of(), store.accounts().accounts());
                }
            }
        } finally {
            starting.shutdownNow();
        }
    }

    /** Two nodes sharing one PostgreSQL store: a period loads on one of them, once, and a dead node lets go. */
    @Test
    void nodesSharingTheDatabaseNeverLoadOneDeliveryTwice(@TempDir Path folder) throws Exception {
        BillingPeriod july = BillingPeriod.of(2025, 7);
        LoadClaim claim = new LoadClaim("payer", july, "delivery-1", List.of("f"));
        try (var first = new Closing(open(folder)); var second = new Closing(open(folder))) {
            CostLoad loading = first.it.costs().begin(claim).orElseThrow();
            assertTrue(second.it.costs().begin(claim).isEmpty(), "the other node holds the period");
            loading.accept(TestItems.item(july, "2025-07-01", "222222222222", "AmazonEC2", "Usage", "5.00",
                    Map.of()));
            loading.commit();
            assertTrue(second.it.costs().begin(claim).isEmpty(), "that delivery is loaded already");

            LoadClaim restated = new LoadClaim("payer", july, "delivery-2", List.of("f"));
            var crashed = new Closing(open(folder));
            crashed.it.costs().begin(restated).orElseThrow();
            assertTrue(second.it.costs().begin(restated).isEmpty());
            crashed.close(); // the node dies mid-load: its session ends, and with it its claim, once the server sees it
            Optional<CostLoad> taken = second.it.costs().begin(restated);
            for (int attempt = 0; taken.isEmpty() && attempt < 50; attempt++) {
                Thread.sleep(100);
                taken = second.it.costs().begin(restated);
            }
            try (CostLoad load = taken.orElseThrow()) {
                load.accept(TestItems.item(july, "2025-07-01", "222222222222", "AmazonEC2", "Usage", "6.00",
                        Map.of()));
                load.commit();
            }
            assertEquals(List.of("delivery-2", "delivery-1"), first.it.costs().loads(10).stream()
                    .filter(LoadRecord::succeeded).map(r -> r.claim().deliveryId()).toList());
        }
    }

    @Nested
    class Loads extends CostStoreTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class Registries extends RegistriesTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class AccountState extends AccountStateTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class Overlaps extends OverlapTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class Customers extends CustomerQueryTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }
}
