package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportReader;
import org.cloudspend.api.export.PeriodManifest;

/**
 * Looks at an export's listing: the newest delivery of each billing period, its manifest and its data files. Manifests
 * are read at every check (a few kilobytes each): a restatement may rewrite one within the second of the previous
 * delivery, which a cache keyed on the listing could not tell apart.
 */
final class DeliveryFinder {

    /** What the listing holds: every period's newest delivery, and the newest manifest's age for NO_DELIVERY. */
    record Listing(List<PendingDelivery> deliveries, List<PeriodManifest> manifests) {
    }

    private final ExportLayouts layouts;
    private final ExportReader reader;

    DeliveryFinder(ExportLayouts layouts, ExportReader reader) {
        this.layouts = layouts;
        this.reader = reader;
    }

    Listing find(AwsAccount account, ExportSource source, Path workFolder) throws IOException, ExportReadException {
        return find(account.export().type(), account.export().name(), account.export().location().prefix(),
                source.list(), source, workFolder);
    }

    /** The newest delivery of each billing period of one export in the listing. */
    Listing find(ExportType type, String exportName, String prefix, List<ExportObject> listing, ExportSource source,
            Path workFolder) throws IOException, ExportReadException {
        Map<String, ExportObject> byKey = listing.stream()
                .collect(Collectors.toMap(ExportObject::key, Function.identity(), (a, b) -> a));
        List<PeriodManifest> manifests = layouts.newestManifests(type, exportName, prefix, listing);
        List<PendingDelivery> deliveries = new ArrayList<>();
        for (PeriodManifest period : manifests) {
            ExportManifest manifest = manifest(type, source, period.manifest(), workFolder);
            List<ExportObject> files = new ArrayList<>();
            for (String listed : manifest.dataFileKeys()) {
                String key = layouts.dataFileKey(period.manifest().key(), listed, byKey.keySet())
                        .orElseThrow(() -> new ExportReadException(period.manifest().key(), "the manifest lists "
                                + listed + ", which is not in " + source.describe()
                                + " (a delivery still being written, or files removed)", null));
                files.add(byKey.get(key));
            }
            deliveries.add(new PendingDelivery(period.manifest().key(), manifest, files));
        }
        return new Listing(deliveries, manifests);
    }

    private ExportManifest manifest(ExportType type, ExportSource source,
            ExportObject object, Path workFolder) throws IOException, ExportReadException {
        Path copy = Files.createTempFile(workFolder, "manifest-", ".json");
        try {
            source.download(object.key(), copy);
            try (InputStream in = Files.newInputStream(copy)) {
                return reader.readManifest(type, object.key(), in);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
