package org.cloudspend.ingest.internal;

import java.util.List;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportObject;

/** The newest delivery of one billing period, with its data files as found in the listing. */
record PendingDelivery(String manifestKey, ExportManifest manifest, List<ExportObject> dataFiles) {

    long bytes() {
        return dataFiles.stream().mapToLong(ExportObject::size).sum();
    }
}
