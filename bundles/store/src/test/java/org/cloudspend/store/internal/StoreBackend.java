package org.cloudspend.store.internal;

import java.nio.file.Path;

/** The backend a store test runs on: the same tests run on the embedded DuckDB file and on PostgreSQL. */
interface StoreBackend {

    /** Opens the store of this test: the same folder opens the same store again. */
    StandaloneStore open(Path folder) throws Exception;
}
