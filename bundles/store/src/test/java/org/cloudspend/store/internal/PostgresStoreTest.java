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

    /** A connection the server dropped (a restart, a network cut) is opened again: the node goes on by itself. */
    @Test
    void aLostConnectionIsOpenedAgain(@TempDir Path folder) throws Exception {
        try (var store = new Closing(open(folder))) {
            store.it.customers().save(new org.cloudspend.api.msp.Customer("acme", "Acme", "USD",
                    java.math.BigDecimal.ZERO));
            terminate(store.it.database().with("find the session", PostgresStoreTest::backendPid));
            store.it.customers().save(new org.cloudspend.api.msp.Customer("globex", "Globex", "USD",
                    java.math.BigDecimal.ONE));
            assertEquals(List.of("acme", "globex"), store.it.customers().customers().stream()
                    .map(org.cloudspend.api.msp.Customer::id).toList(), "written on a new connection");
        }
    }

    /** So is a connection questions run on: the next question gets another. */
    @Test
    void aLostQuestionConnectionIsReplaced(@TempDir Path folder) throws Exception {
        try (var store = new Closing(open(folder))) {
            store.it.customers().save(new org.cloudspend.api.msp.Customer("acme", "Acme", "USD",
                    java.math.BigDecimal.ZERO));
            terminate(store.it.database().question("find the session", PostgresStoreTest::backendPid));
            assertEquals(List.of("acme"), store.it.customers().customers().stream()
                    .map(org.cloudspend.api.msp.Customer::id).toList(), "answered on a new connection");
        }
    }

    private static int backendPid(Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Ends that server process, as a restart or a network cut would end its connection. */
    private static void terminate(int pid) throws java.sql.SQLException {
        try (Connection admin = new PostgresDatabase(System.getenv(VARIABLE), "", "",
                Path.of(System.getProperty("java.io.tmpdir"))).connect();
                Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
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

    /** Nodes seeing one budget's threshold at once: one of them raises the alert, the others find it raised. */
    @Test
    void nodesRaisingOneAlertAtOnceRaiseItOnce(@TempDir Path folder) throws Exception {
        java.time.Instant now = java.time.Instant.parse("2026-12-02T00:05:00Z");
        String condition = "2026-12-01 forecast:100";
        org.cloudspend.api.alert.Alert alert = new org.cloudspend.api.alert.Alert(
                org.cloudspend.api.alert.Alert.idOf(org.cloudspend.api.alert.AlertKind.BUDGET, "team", condition),
                org.cloudspend.api.alert.AlertKind.BUDGET, "team", condition,
                org.cloudspend.api.alert.AlertState.OPEN, "forecast reached", java.math.BigDecimal.TEN,
                java.math.BigDecimal.ONE, "USD", now, now);
        try (var first = new Closing(open(folder)); var second = new Closing(open(folder))) {
            java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.CountDownLatch together = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> raised = new java.util.ArrayList<>();
                for (var node : List.of(first, second)) {
                    raised.add(nodes.submit(() -> {
                        together.await();
                        int count = 0;
                        for (int i = 0; i < 20; i++) {
                            count += node.it.alerts().raise(alert).isPresent() ? 1 : 0;
                        }
                        return count;
                    }));
                }
                together.countDown();
                assertEquals(1, raised.get(0).get() + raised.get(1).get());
            } finally {
                nodes.shutdownNow();
            }
            assertEquals(1, second.it.alerts().alerts(false).size());
        }
    }

    /** Nodes changing rules at once leave one assignment per (tag set, account): a customer's cost never doubles. */
    @Test
    void nodesAssigningCustomersAtOnceNeverDoubleAnAssignment(@TempDir Path folder) throws Exception {
        BillingPeriod july = BillingPeriod.of(2025, 7);
        try (var first = new Closing(open(folder)); var second = new Closing(open(folder))) {
            try (CostLoad load = first.it.costs().begin(new LoadClaim("payer", july, "d-1", List.of())).orElseThrow()) {
                for (int i = 0; i < 50; i++) {
                    load.accept(TestItems.item(july, "2025-07-01", "22222222222" + (i % 10), "AmazonEC2", "Usage",
                            "1.00", Map.of("team", "t" + (i % 5))));
                }
                load.commit();
            }
            first.it.customers().save(new org.cloudspend.api.msp.Customer("acme", "Acme", "USD",
                    java.math.BigDecimal.ZERO));
            java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<?>> saving = new java.util.ArrayList<>();
                List<Closing> both = List.of(first, second);
                for (int n = 0; n < both.size(); n++) {
                    Closing node = both.get(n);
                    // each node its own rule, saved again and again: every save reassigns all cost
                    org.cloudspend.api.msp.MappingRule rule = new org.cloudspend.api.msp.MappingRule("r-" + n, "acme",
                            org.cloudspend.api.msp.MappingRule.Kind.TAG, "team", "t" + (n + 1), 10 + n);
                    saving.add(nodes.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            node.it.customers().save(rule);
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> done : saving) {
                    done.get();
                }
            } finally {
                nodes.shutdownNow();
            }
            long[] counts = first.it.database().with("count the assignments", connection -> {
                try (Statement statement = connection.createStatement();
                        java.sql.ResultSet result = statement.executeQuery("SELECT count(*), count(DISTINCT"
                                + " (label_set_id, account)) FROM customer_assignments")) {
                    result.next();
                    return new long[] {result.getLong(1), result.getLong(2)};
                }
            });
            assertEquals(counts[1], counts[0], "one assignment per (tag set, account)");
            assertEquals(4, counts[0], "two accounts each of teams t1 and t2");
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
    class LabelSetCache extends LabelSetIdsTest {
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
