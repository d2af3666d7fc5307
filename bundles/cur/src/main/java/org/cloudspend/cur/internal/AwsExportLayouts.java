package org.cloudspend.cur.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.LocalCopy;
import org.cloudspend.api.export.PeriodManifest;
import org.osgi.service.component.annotations.Component;

/** AWS's export layouts (see {@link ManifestKey}). */
@Component(service = ExportLayouts.class)
public class AwsExportLayouts implements ExportLayouts {

    /**
     * Per period: the legacy period-level copy when there is one (AWS rewrites it with every delivery), else the most
     * recently written manifest; the key breaks ties so that the answer never depends on the listing's order.
     */
    private static final Comparator<Candidate> NEWEST = Comparator
            .comparing((Candidate c) -> c.key().periodCopy())
            .thenComparing(c -> c.object().lastModified())
            .thenComparing(c -> c.object().key());

    @Override
    public List<PeriodManifest> newestManifests(ExportType type, String exportName, String prefix,
            Collection<ExportObject> listing) {
        String wantedPrefix = stripSlashes(prefix);
        Map<BillingPeriod, Candidate> newest = new TreeMap<>();
        for (ExportObject object : listing) {
            Optional<ManifestKey> parsed = ManifestKey.parse(object.key());
            if (parsed.isEmpty()) {
                continue;
            }
            ManifestKey key = parsed.get();
            if (key.type() == type && key.exportName().equals(exportName) && key.prefix().equals(wantedPrefix)) {
                newest.merge(key.period(), new Candidate(key, object),
                        (a, b) -> NEWEST.compare(a, b) >= 0 ? a : b);
            }
        }
        List<PeriodManifest> manifests = new ArrayList<>();
        newest.forEach((period, candidate) -> manifests.add(new PeriodManifest(period, candidate.object())));
        return manifests;
    }

    @Override
    public List<FoundExport> findExports(Collection<ExportObject> listing) {
        Set<FoundExport> found = new LinkedHashSet<>();
        listing.stream()
                .map(object -> ManifestKey.parse(object.key()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ManifestKey::prefix).thenComparing(ManifestKey::exportName))
                .forEach(key -> found.add(new FoundExport(key.type(), key.exportName(), key.prefix())));
        return List.copyOf(found);
    }

    @Override
    public Optional<String> dataFileKey(String manifestKey, String listed, Set<String> keys) {
        return DataFileKeys.resolve(manifestKey, listed, keys);
    }

    @Override
    public LocalCopy localCopy(Path path) throws IOException {
        return LocalCopies.find(path, this);
    }

    private static String stripSlashes(String prefix) {
        String stripped = prefix == null ? "" : prefix;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private record Candidate(ManifestKey key, ExportObject object) {
    }
}
