package org.cloudspend.store.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

/** The store's tests on the embedded default, a DuckDB file. */
class DuckDbStoreTest {

    static StandaloneStore open(Path folder) throws Exception {
        return StandaloneStore.duckDb(folder.resolve("cloudspend.duckdb"));
    }

    @Nested
    class Loads extends CostStoreTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    /** Every load test again, on a database held to 64 MB and one thread: the limits change no answer. */
    @Nested
    class LimitedLoads extends CostStoreTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return new StandaloneStore(new StoreDatabase(config(folder.resolve("limited.duckdb").toString(), "64MB", 1)));
        }
    }

    @Nested
    class LabelSetCache extends LabelSetIdsTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class Registries extends RegistriesTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class AccountState extends AccountStateTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class Overlaps extends OverlapTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    @Nested
    class Customers extends CustomerQueryTest {
        @Override
        public StandaloneStore open(Path folder) throws Exception {
            return DuckDbStoreTest.open(folder);
        }
    }

    /** The component's configuration: a database file (absolute), memory limit and threads. */
    static StoreConfig config(String file, String memoryLimit, int threads) {
        return config(file, memoryLimit, threads, DailyFactTable.DEFAULT_CAPACITY);
    }

    /** The same, with the facts a load sums in memory. */
    static StoreConfig config(String file, String memoryLimit, int threads, int loadFactsInMemory) {
        return new StoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StoreConfig.class;
            }

            @Override
            public String database_file() {
                return file;
            }

            @Override
            public String database_memory_limit() {
                return memoryLimit;
            }

            @Override
            public int database_threads() {
                return threads;
            }

            @Override
            public String jdbc_url() {
                return "";
            }

            @Override
            public String user() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public int label_set_cache_size() {
                return LabelSetIds.DEFAULT_CAPACITY;
            }

            @Override
            public int query_connections() {
                return StoreDatabase.DEFAULT_QUERY_CONNECTIONS;
            }

            @Override
            public int load_facts_in_memory() {
                return loadFactsInMemory;
            }
        };
    }
}
