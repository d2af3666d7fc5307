package org.cloudspend.api.export;

import java.util.Collection;
import java.util.List;

/**
 * AWS's S3 key layouts of every export family and format: which billing periods a listing holds and which manifest
 * describes the newest delivery of each. The data files of a delivery are those its manifest lists (see
 * {@link ExportReader#readManifest}), never guessed from the listing.
 */
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

    /** An export recognised in a listing: its family, name and the prefix before it. */
    record FoundExport(ExportType type, String exportName, String prefix) {
    }
}
