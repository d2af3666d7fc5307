package org.cloudspend.cur.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportLayouts.FoundExport;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.LocalCopy;

/**
 * Finds the local copy of export files a path lies in. AWS's layouts are recognised by the end of a key, whatever
 * comes before it: with the files' paths as keys, the same rules find an export from the bucket's folder, the
 * export's, a period's, a manifest or a data file. The copy's keys are then taken from the folder pointed at, or,
 * pointed inside an export, from the folder that holds the export's own. Only what was pointed at is listed, and the
 * folders of the exports found in it (a CUR 2.0 manifest's data files are in a sibling folder); from a file, its
 * folders are looked at upwards until one holds a manifest.
 */
final class LocalCopies {

    /** How many folders above a data file its export's manifest may be (legacy: 2, CUR 2.0: 3, Parquet: 4). */
    private static final int LEVELS_UP = 5;

    /** The most files a folder pointed at may hold: a folder that large is not an export's copy. */
    static final int MOST_FILES = 200_000;

    /** The most files a folder above a data file may hold while its manifest is looked for. */
    private static final int MOST_FILES_ABOVE = 20_000;

    private LocalCopies() {
    }

    static LocalCopy find(Path path, ExportLayouts layouts) throws IOException {
        Path target = path.toAbsolutePath().normalize();
        if (!Files.exists(target)) {
            throw new IllegalArgumentException("No file or folder at " + target);
        }
        boolean folderGiven = Files.isDirectory(target);
        Path root = target.getRoot();
        Path folder = folderGiven ? target : target.getParent();
        Map<String, ExportObject> listing = new LinkedHashMap<>();
        List<FoundExport> exports = List.of();
        // above a file, a folder is looked into no deeper than the file lies below it (plus a sibling's depth), and
        // never the file system's root: what is found there is no export's copy
        for (int level = 0; folder != null && level <= LEVELS_UP && (folderGiven || folder.getParent() != null);
                level++, folder = folder.getParent()) {
            listing.clear();
            boolean complete;
            try {
                complete = list(root, folder, folderGiven ? Integer.MAX_VALUE : level + 2, listing,
                        folderGiven ? MOST_FILES : MOST_FILES_ABOVE);
            } catch (IOException | java.io.UncheckedIOException e) {
                if (folderGiven) {
                    throw e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
                }
                break;
            }
            if (!complete) {
                if (folderGiven) {
                    throw new IllegalArgumentException(folder + " holds more than " + MOST_FILES + " files: point at"
                            + " the folder of an export's copy, not at one above it");
                }
                break;
            }
            exports = layouts.findExports(listing.values());
            if (!folderGiven) {
                // a file belongs to an export whose folder holds it, not to one found beside it
                exports = exports.stream().filter(export -> target.startsWith(
                        root.resolve(export.prefix()).resolve(export.exportName()))).toList();
            }
            if (!exports.isEmpty() || folderGiven) {
                break;
            }
        }
        if (exports.isEmpty()) {
            throw new IllegalArgumentException("No export manifest " + (folderGiven ? "under " : "near ") + target
                    + ": point at a folder laid out as AWS delivers exports (the bucket's, the export's or a billing"
                    + " period's), at a *-Manifest.json, or at a data file of such a folder");
        }
        for (FoundExport export : exports) {
            Path exportFolder = root.resolve(export.prefix()).resolve(export.exportName());
            if (Files.isDirectory(exportFolder) && !exportFolder.startsWith(folder)
                    && !list(root, exportFolder, Integer.MAX_VALUE, listing, MOST_FILES)) {
                throw new IllegalArgumentException(exportFolder + " holds more than " + MOST_FILES + " files");
            }
        }
        // keys from the folder pointed at when it holds the exports, else from the folder holding the export's own
        Path base = folderGiven ? target : null;
        for (FoundExport export : exports) {
            Path parent = root.resolve(export.prefix());
            if (base == null) {
                base = parent;
            }
            while (!parent.startsWith(base)) {
                base = base.getParent();
            }
        }
        List<ExportObject> rekeyed = new ArrayList<>(listing.size());
        for (ExportObject object : listing.values()) {
            String key = key(base, root.resolve(object.key()));
            rekeyed.add(new ExportObject(key, object.lastModified(), object.size()));
        }
        return new LocalCopy(base, rekeyed, layouts.findExports(rekeyed), key(base, target));
    }

    /**
     * Adds the folder's files, down to that depth, to the listing; false when it holds more than {@code most} (listed
     * in part).
     */
    private static boolean list(Path root, Path folder, int depth, Map<String, ExportObject> listing, int most)
            throws IOException {
        try (Stream<Path> files = Files.walk(folder, depth)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (listing.size() >= most) {
                    return false;
                }
                String key = key(root, file);
                listing.put(key, new ExportObject(key, Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
            }
        }
        return true;
    }

    private static String key(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
