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
    void aLimitDuckDbCannotReadIsAClearError() {
        SQLException refused = assertThrows(SQLException.class,
                () -> new SqlCostStore(DuckDbStoreTest.config(folder.resolve("store.duckdb").toString(), "lots", 0)));
        assertTrue(refused.getMessage().startsWith("The cost store's memory limit 'lots' (database.memory.limit of"
                + " org.cloudspend.store) is not a size such as 1GB, 512MB or 25%: "), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DuckDbDatabase.Limits("1GB", -1));
    }
}
