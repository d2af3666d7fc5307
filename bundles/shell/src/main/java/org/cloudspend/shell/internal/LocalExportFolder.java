package org.cloudspend.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloudspend.api.export.ExportObject;

/** A local copy of an export bucket: its files as a listing of keys, and where a manifest's keys are. */
final class LocalExportFolder {

    private LocalExportFolder() {
    }

    /** A manifest's data files are S3 keys: under the copied bucket's root, which is one of the manifest's folders. */
    static Path locate(Path root, Path manifestFile, String key) {
        if (root != null && Files.isRegularFile(root.resolve(key))) {
            return root.resolve(key);
        }
        for (Path folder = manifestFile.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(key))) {
                return folder.resolve(key);
            }
        }
        throw new IllegalArgumentException("The manifest " + manifestFile + " lists " + key
                + ", which is not under any of its folders");
    }

    static List<ExportObject> list(Path folder) throws IOException {
        List<ExportObject> listing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                listing.add(new ExportObject(folder.relativize(file).toString().replace('\\', '/'),
                        Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
            }
        }
        return listing;
    }
}
