package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.cloudspend.api.msp.Customer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's memory and thread limits, as configured. */
class DuckDbLimitsTest {

    @TempDir
    Path folder;

    @Test
    void theDatabaseKeepsToTheConfiguredLimits() throws Exception {
        DuckDbDatabase database = new DuckDbDatabase(folder.resolve("limited.duckdb"),
                new DuckDbDatabase.Limits(" 256MB ", 1));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery(
                        "SELECT current_setting('memory_limit'), current_setting('threads')")) {
            settings.next();
            assertEquals("244.1 MiB", settings.getString(1), "256 MB, as DuckDB shows it");
            assertEquals(1, settings.getInt(2));
        }
    }

    @Test
    void aQuestionTheLimitCannotHoldIsExplainedInOneLineNamingTheSetting() throws Exception {
        Path file = folder.resolve("small.duckdb");
        DuckDbDatabase database = new DuckDbDatabase(file, new DuckDbDatabase.Limits("16MB", 1));
        SQLException outOfMemory;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // a list of twenty million numbers is held whole: it cannot spill
            outOfMemory = assertThrows(SQLException.class, () -> statement.executeQuery(
                    "SELECT len(list(i)) FROM range(20000000) t(i)").close());
        }
        assertTrue(outOfMemory.getMessage().contains("\n"), "DuckDB's own message goes on with SQL advice");
        String explained = database.explain(outOfMemory);
        assertTrue(explained.startsWith("Out of Memory Error: "), explained);
        assertTrue(explained.endsWith(" (the embedded database's memory limit, database.memory.limit of"
                + " org.cloudspend.store, is 16MB: raise it or lower database.threads; past the limit a load spills to "
                + file.toAbsolutePath() + ".tmp, whose disk needs room for it)"), explained);
        assertTrue(!explained.contains("\n"), explained);
        SQLException other = new SQLException("Catalog Error: Table with name nope does not exist!");
        assertEquals(other.getMessage(), database.explain(other), "other failures keep their message");
    }

    @Test
    void aLimitDuckDbCannotReadIsAClearError() {
        SQLException refused = assertThrows(SQLException.class,
                () -> new StoreDatabase(DuckDbStoreTest.config(folder.resolve("store.duckdb").toString(), "lots", 0)));
        assertTrue(refused.getMessage().startsWith("The cost store's memory limit 'lots' (database.memory.limit of"
                + " org.cloudspend.store) is not a size such as 1GB, 512MB or 25%: "), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DuckDbDatabase.Limits("1GB", -1));
    }

    @Test
    void aChangedConfigurationIsTakenInPlaceWithoutRestartingTheComponents() throws Exception {
        String first = folder.resolve("first.duckdb").toString();
        try (StandaloneStore store = new StandaloneStore(new StoreDatabase(DuckDbStoreTest.config(first, "256MB", 1)))) {
            store.database().modified(DuckDbStoreTest.config(first, "128MB", 2));
            assertEquals("122.0 MiB", setting(store, "memory_limit"), "the same database takes the new limit");
            assertEquals("2", setting(store, "threads"));
            store.customers().save(new Customer("acme", "ACME", "USD", BigDecimal.ZERO));

            SQLException refused = assertThrows(SQLException.class,
                    () -> store.database().modified(DuckDbStoreTest.config(first, "lots", 2)));
            assertTrue(refused.getMessage().contains("'lots'"), refused.getMessage());
            assertEquals("122.0 MiB", setting(store, "memory_limit"), "a refused limit keeps the one before");

            store.database().modified(DuckDbStoreTest.config(folder.resolve("second.duckdb").toString(), "1GB", 0));
            assertEquals(List.of(), store.customers().customers(), "another file is another database");
            store.database().modified(DuckDbStoreTest.config(first, "1GB", 0));
            assertEquals(List.of("acme"), store.customers().customers().stream().map(Customer::id).toList(),
                    "the same components serve the first database again");
        }
    }

    private static String setting(StandaloneStore store, String name) {
        return store.database().with("read a setting", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT current_setting('" + name + "')")) {
                result.next();
                return result.getString(1);
            }
        });
    }
}
