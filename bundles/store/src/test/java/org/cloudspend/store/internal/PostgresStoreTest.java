package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

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
    static SqlCostStore open(Path folder) throws Exception {
        String url = System.getenv(VARIABLE);
        String schema = "t_" + Integer.toHexString(folder.toAbsolutePath().toString().hashCode()).toLowerCase(Locale.ROOT);
        try (Connection admin = new PostgresDatabase(url, "", "").connect();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        return SqlCostStore.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", "");
    }

    @Nested
    class Loads extends CostStoreTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class Registries extends RegistriesTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class AccountState extends AccountStateTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class Overlaps extends OverlapTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }

    @Nested
    class Customers extends CustomerQueryTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return PostgresStoreTest.open(folder);
        }
    }
}
