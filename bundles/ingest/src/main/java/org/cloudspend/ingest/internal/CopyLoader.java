package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportLayouts.FoundExport;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.LocalCopy;
import org.cloudspend.api.export.PeriodManifest;
import org.cloudspend.api.ingest.CopyLoad;

/**
 * Loads a local copy of export files through an account route's own steps: the same finder of each period's newest
 * delivery, the same loader (its claims, its limit of loads at once, its progress), each load in a work folder of its
 * own. Only the listing differs: it is the copy's, from whatever level of it was pointed at. A folder loads every
 * period's newest delivery under it; a manifest, its period's newest delivery; a data file, the delivery it is in.
 */
final class CopyLoader {

    private final ExportLayouts layouts;
    private final DeliveryFinder finder;
    private final DeliveryLoader loader;
    private final AccountRegistry accounts;
    private final Path workRoot;

    CopyLoader(ExportLayouts layouts, DeliveryFinder finder, DeliveryLoader loader, AccountRegistry accounts,
            Path workRoot) {
        this.layouts = layouts;
        this.finder = finder;
        this.loader = loader;
        this.accounts = accounts;
        this.workRoot = workRoot;
    }

    List<CopyLoad> load(Path path, String exportId, Consumer<CopyLoad> eachPeriod)
            throws IOException, InterruptedException {
        LocalCopy copy = layouts.localCopy(path);
        List<CopyLoad> outcomes = new ArrayList<>();
        Path work = WorkFolders.create(workRoot, "copy-");
        try {
            for (FoundExport export : copy.exports()) {
                String id = exportId.isBlank() ? export.exportName() : exportId.trim();
                if (accounts.account(id).isPresent()) {
                    throw new IllegalArgumentException("'" + id + "' is an account: its route loads its own export."
                            + " Load the copy under another name with --export-id");
                }
                LocalExportSource source = new LocalExportSource(copy.root(), export.prefix());
                DeliveryFinder.Listing listing;
                try {
                    listing = finder.find(export.type(), export.exportName(), export.prefix(), copy.listing(),
                            source, work);
                } catch (ExportReadException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
                Optional<BillingPeriod> manifestGiven = periodOfManifest(copy, export);
                for (PendingDelivery delivery : listing.deliveries()) {
                    if (manifestGiven.map(delivery.manifest().billingPeriod()::equals).orElse(false)
                            || copy.covers(delivery.manifestKey(),
                                    delivery.dataFiles().stream().map(ExportObject::key).toList())) {
                        CopyLoad outcome = load(id, export, source, delivery, work);
                        outcomes.add(outcome);
                        eachPeriod.accept(outcome);
                    }
                }
            }
        } finally {
            WorkFolders.delete(work);
        }
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException(path + " is in no billing period's newest delivery (its period has a"
                    + " newer one): point at the period's folder or manifest");
        }
        return outcomes;
    }

    /** The billing period of the manifest pointed at (any of its deliveries'): that period's newest delivery loads. */
    private Optional<BillingPeriod> periodOfManifest(LocalCopy copy, FoundExport export) {
        return copy.listing().stream().filter(object -> object.key().equals(copy.given())).findFirst()
                .flatMap(given -> layouts.newestManifests(export.type(), export.exportName(), export.prefix(),
                        List.of(given)).stream().findFirst())
                .map(PeriodManifest::period);
    }

    private CopyLoad load(String id, FoundExport export, LocalExportSource source, PendingDelivery delivery,
            Path work) throws InterruptedException {
        var manifest = delivery.manifest();
        try {
            Optional<LoadRecord> loaded = loader.load(id, export.type(), source, delivery, work);
            return new CopyLoad(id, manifest.billingPeriod(), manifest.deliveryId(), loaded, Optional.empty());
        } catch (ExportReadException | IOException | RuntimeException e) {
            // a file that cannot be read, or a store that failed: the load history has the cause too
            return new CopyLoad(id, manifest.billingPeriod(), manifest.deliveryId(), Optional.empty(),
                    Optional.of(e.getMessage()));
        }
    }
}
