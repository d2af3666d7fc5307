package org.cloudspend.api.export;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * AWS's S3 key layouts of every export family and format: which billing periods a listing holds and which manifest
 * describes the newest delivery of each. The data files of a delivery are those its manifest lists (see
 * {@link ExportReader#readManifest}), never guessed from the listing.
 */
@ProviderType
public interface ExportLayouts {

    /**
     * The newest delivery's manifest of each billing period found in the listing, oldest period first.
     *
     * @param type the export family
     * @param exportName the report or export name
     * @param prefix the S3 prefix the export was configured with (empty when none)
     * @param listing the objects under that prefix
     */
    List<PeriodManifest> newestManifests(ExportType type, String exportName, String prefix,
            Collection<ExportObject> listing);

    /**
     * The export families and names whose manifests appear in a listing, for a folder someone points cloudspend at
     * without saying what it holds.
     */
    List<FoundExport> findExports(Collection<ExportObject> listing);

    /**
     * Where a manifest's data file is in a listing: manifests list bucket keys (legacy), {@code s3://bucket/key} URIs
     * (CUR 2.0), or names a copied folder holds beside the manifest; empty when the listing has no such file. A key
     * is only ever one of the listing's, so a manifest cannot lead outside it.
     *
     * @param manifestKey the manifest's key in the listing
     * @param listed the data file as the manifest lists it
     * @param keys the listing's keys
     */
    Optional<String> dataFileKey(String manifestKey, String listed, Set<String> keys);

    /**
     * The local copy of export files that a path lies in, found from any level of it: the exports above or under the
     * path, and their files.
     *
     * @throws IllegalArgumentException when there is nothing at the path, or no export manifest above or under it
     * @throws java.io.IOException when the folder cannot be read
     */
    LocalCopy localCopy(Path path) throws java.io.IOException;

    /** An export recognised in a listing: its family, name and the prefix before it. */
    record FoundExport(ExportType type, String exportName, String prefix) {
    }
}
