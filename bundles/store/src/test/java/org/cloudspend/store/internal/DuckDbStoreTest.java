package org.cloudspend.store.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

/** The store's tests on the embedded default, a DuckDB file. */
class DuckDbStoreTest {

    static SqlCostStore open(Path folder) throws Exception {
        return new SqlCostStore(folder.resolve("cloudspend.duckdb"));
    }

    @Nested
    class Loads extends CostStoreTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class Registries extends RegistriesTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class AccountState extends AccountStateTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class Overlaps extends OverlapTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class Customers extends CustomerQueryTest {
        @Override
        public SqlCostStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }
}
