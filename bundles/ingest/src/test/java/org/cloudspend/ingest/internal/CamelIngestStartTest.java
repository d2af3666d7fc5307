package org.cloudspend.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.cur.internal.AwsExportLayouts;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.store.internal.StandaloneStore;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CamelIngest that cannot come up leaves no CamelContext running behind it. */
class CamelIngestStartTest {

    @TempDir
    Path folder;

    @Test
    void aFailingFirstSyncStopsTheContextItStarted() throws Exception {
        AccountRegistry broken = new AccountRegistry() {
            @Override
            public List<AwsAccount> accounts() {
                throw new IllegalStateException("the store is down");
            }

            @Override
            public Optional<AwsAccount> account(String id) {
                return Optional.empty();
            }

            @Override
            public void save(AwsAccount account) {
            }

            @Override
            public boolean delete(String id) {
                return false;
            }
        };
        try (StandaloneStore store = StandaloneStore.duckDb(folder.resolve("cloudspend.duckdb"))) {
            long before = camelThreads();
            assertThrows(IllegalStateException.class, () -> new CamelIngest(broken, null,
                    new CurExportReader(new AwsTagNormalizer()), new AwsExportLayouts(), store.costs(),
                    store.errors(), new CamelIngest.Settings(Duration.ofHours(1), Map.of(), Duration.ofHours(1),
                            Duration.ofMillis(50), 1, Duration.ofDays(3), 1, Duration.ofMillis(10),
                            Optional.empty(), true, folder.resolve("work"), folder.resolve("routes"),
                            Duration.ofMillis(50), Map.of())));
            Thread.sleep(300);
            assertEquals(before, camelThreads(), "no timer of the failed context runs on");
        }
    }

    private static long camelThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("Camel (")
                        && thread.getName().endsWith("timer://cloudspend-accounts")).count();
    }
}
