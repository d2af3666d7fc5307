package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloudspend.api.export.ExportObject;

/** A local copy of an export's bucket (an on-premises copy, the demo): keys are paths relative to the folder. */
final class LocalExportSource implements ExportSource {

    private final Path root;
    private final String prefix;

    LocalExportSource(Path root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    @Override
    public List<ExportObject> list() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "the folder holding the export's copy does not exist");
        }
        Path start = prefix.isEmpty() ? root : root.resolve(prefix);
        List<ExportObject> listing = new ArrayList<>();
        if (!Files.isDirectory(start)) {
            return listing;
        }
        try (Stream<Path> files = Files.walk(start)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                listing.add(new ExportObject(root.relativize(file).toString().replace('\\', '/'),
                        Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
            }
        }
        return listing;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(root.resolve(key));
    }

    @Override
    public void download(String key, Path target) throws IOException {
        Files.copy(root.resolve(key), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public String describe() {
        return prefix.isEmpty() ? root.toString() : root.resolve(prefix).toString();
    }

    @Override
    public String locate(String key) {
        return root.resolve(key).toString();
    }

    @Override
    public void close() {
    }
}
