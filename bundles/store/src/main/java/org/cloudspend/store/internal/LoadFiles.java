package org.cloudspend.store.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The files loads write ({@link Database#LOAD_FILE_PREFIX}{@code *.csv}): spools and bulk rows. */
final class LoadFiles {

    private LoadFiles() {
    }

    /**
     * Deletes the load files in the folder older than that: a process that died in a load left them behind.
     * Housekeeping only: a folder that cannot be listed is left as it is.
     */
    static void deleteLeftOvers(Path folder, Duration olderThan) {
        Instant before = Instant.now().minus(olderThan);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Database.LOAD_FILE_PREFIX + "*.csv")) {
            for (Path file : files) {
                try {
                    if (!Files.getLastModifiedTime(file).toInstant().isAfter(before)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    // another process's file, or gone already: left alone
                }
            }
        } catch (IOException e) {
            // no folder yet, or not readable: nothing to clean
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // deleted with the left-overs at a later start
            }
        }
    }
}
