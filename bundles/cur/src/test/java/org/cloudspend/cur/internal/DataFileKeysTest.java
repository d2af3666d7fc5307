package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataFileKeysTest {

    private static final String MANIFEST = "exports/costs/metadata/BILLING_PERIOD=2025-04/costs-Manifest.json";
    private static final String DATA = "exports/costs/data/BILLING_PERIOD=2025-04/costs-00001.snappy.parquet";

    @Test
    void bucketKeysS3UrisAndNamesBesideTheManifestAreFound() {
        Set<String> bucket = Set.of(MANIFEST, DATA);
        assertEquals(Optional.of(DATA), DataFileKeys.resolve(MANIFEST, DATA, bucket));
        assertEquals(Optional.of(DATA), DataFileKeys.resolve(MANIFEST, "s3://billing/" + DATA, bucket));
        String legacyData = "cur/daily/20240101-20240201/new/daily-1.csv.gz";
        assertEquals(Optional.of(legacyData), DataFileKeys.resolve("cur/daily/20240101-20240201/daily-Manifest.json",
                "new/daily-1.csv.gz", Set.of(legacyData)));
    }

    @Test
    void aCopyOfPartOfTheBucketFindsTheLongestListedEnding() {
        Set<String> copy = Set.of("costs/metadata/BILLING_PERIOD=2025-04/costs-Manifest.json",
                "costs/data/BILLING_PERIOD=2025-04/costs-00001.snappy.parquet", "costs-00001.snappy.parquet");
        assertEquals(Optional.of("costs/data/BILLING_PERIOD=2025-04/costs-00001.snappy.parquet"),
                DataFileKeys.resolve("costs/metadata/BILLING_PERIOD=2025-04/costs-Manifest.json", "s3://billing/" + DATA,
                        copy));
    }

    @Test
    void aKeyOutsideTheListingIsNeverFound() {
        Set<String> bucket = Set.of(MANIFEST, DATA);
        assertEquals(Optional.empty(), DataFileKeys.resolve(MANIFEST, "../../../etc/passwd", bucket));
        assertEquals(Optional.empty(), DataFileKeys.resolve(MANIFEST, "/etc/passwd", bucket));
        assertEquals(Optional.empty(), DataFileKeys.resolve(MANIFEST, "s3://other/elsewhere.parquet", bucket));
    }
}
