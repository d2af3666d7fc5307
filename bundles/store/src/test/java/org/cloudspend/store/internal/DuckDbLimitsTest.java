package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
                () -> new SqlCostStore(DuckDbStoreTest.config(folder.resolve("store.duckdb").toString(), "lots", 0)));
        assertTrue(refused.getMessage().startsWith("The cost store's memory limit 'lots' (database.memory.limit of"
                + " org.cloudspend.store) is not a size such as 1GB, 512MB or 25%: "), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DuckDbDatabase.Limits("1GB", -1));
    }
}
