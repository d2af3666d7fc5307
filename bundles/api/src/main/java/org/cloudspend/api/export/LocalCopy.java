package org.cloudspend.api.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A local copy of export files (one made with {@code aws s3 sync}, or a folder AWS's layout was copied into), found
 * from whatever level of it someone pointed at: the bucket's folder, the prefix, the export's folder, a billing
 * period's folder, a manifest or a data file. Keys are paths relative to {@link #root()}, as S3 keys are relative to
 * the bucket, so manifests and layouts read the same as in S3.
 *
 * @param root the folder keys are relative to
 * @param listing the files of the exports found, and everything under what was pointed at
 * @param exports the exports found
 * @param given the key of what was pointed at: a folder's or a file's; its deliveries are the copy's
 */
public record LocalCopy(Path root, List<ExportObject> listing, List<ExportLayouts.FoundExport> exports,
        String given) {

    public LocalCopy {
        Objects.requireNonNull(root, "root");
        listing = List.copyOf(listing);
        exports = List.copyOf(exports);
        Objects.requireNonNull(given, "given");
    }

    /** Whether the key is what was pointed at or lies under it. */
    public boolean covers(String key) {
        return given.isEmpty() || key.equals(given) || key.startsWith(given + "/");
    }

    /**
     * Whether a delivery belongs to what was pointed at: its manifest or one of its data files is, or lies under it.
     */
    public boolean covers(String manifestKey, List<String> dataFileKeys) {
        return covers(manifestKey) || dataFileKeys.stream().anyMatch(this::covers);
    }

    /** The file of a key of the listing. */
    public Path file(String key) {
        return root.resolve(key);
    }
}
