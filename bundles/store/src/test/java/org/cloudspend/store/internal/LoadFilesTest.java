package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadFilesTest {

    @TempDir
    Path folder;

    @Test
    void aDuckDbStoreDeletesTheLoadFilesADeadProcessLeftBesideIt() throws Exception {
        Path leftOver = Files.writeString(folder.resolve(Database.LOAD_FILE_PREFIX + "123.csv"), "half a month");
        Path other = Files.writeString(folder.resolve("notes.csv"), "not ours");
        StandaloneStore.duckDb(folder.resolve("cloudspend.duckdb")).close();
        assertFalse(Files.exists(leftOver));
        assertTrue(Files.exists(other));
    }

    @Test
    void inASharedFolderOnlyFilesNoLoadCanStillBeWritingAreDeleted() throws Exception {
        Path old = Files.writeString(folder.resolve(Database.LOAD_FILE_PREFIX + "old.csv"), "yesterday's");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path current = Files.writeString(folder.resolve(Database.LOAD_FILE_PREFIX + "now.csv"), "a load under way");
        LoadFiles.deleteLeftOvers(folder, Duration.ofDays(1));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(current));
    }
}
