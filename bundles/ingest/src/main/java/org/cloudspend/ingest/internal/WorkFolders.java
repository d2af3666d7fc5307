package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A check's or a copy load's own work folder under the ingest work folder: made for it, deleted after it. */
final class WorkFolders {

    private WorkFolders() {
    }

    static Path create(Path parent, String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(parent), prefix);
    }

    /** Deletes the folder and what is left in it; null is nothing to delete. */
    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a work folder left behind holds no costs, only copies of export files being read
        }
    }
}
