package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportReader;

/**
 * Loads one delivery as one unit: claim the period, stream each data file (downloaded into the work folder, deleted
 * once read) through the reader into the store's load, commit. Any failure aborts the load and the period keeps its
 * previous data. At most as many loads run at once as the semaphore has permits.
 */
final class DeliveryLoader {

    private final CostStore store;
    private final ExportReader reader;
    private final ProgressBoard board;
    private final Semaphore slots;

    DeliveryLoader(CostStore store, ExportReader reader, ProgressBoard board, int maxConcurrentLoads) {
        this.store = store;
        this.reader = reader;
        this.board = board;
        this.slots = new Semaphore(Math.max(1, maxConcurrentLoads), true);
    }

    /** The load's record, or empty when this delivery is loaded already (or being loaded by another check). */
    Optional<LoadRecord> load(AwsAccount account, ExportSource source, PendingDelivery delivery, Path workFolder)
            throws IOException, ExportReadException, InterruptedException {
        ExportManifest manifest = delivery.manifest();
        LoadClaim claim = new LoadClaim(account.id(), manifest.billingPeriod(), manifest.deliveryId(),
                delivery.dataFiles().stream().map(ExportObject::key).toList());
        Optional<CostLoad> begun = store.begin(claim);
        if (begun.isEmpty()) {
            return Optional.empty();
        }
        slots.acquire();
        try (CostLoad load = begun.get()) {
            ProgressBoard.Tracker tracker = board.start(account.id(), delivery, load);
            try {
                for (ExportObject file : delivery.dataFiles()) {
                    read(account, source, file, workFolder, tracker);
                    tracker.fileDone(file.size());
                }
                tracker.storing();
                return Optional.of(load.commit());
            } catch (ExportReadException | IOException | RuntimeException e) {
                load.abort(e.getMessage());
                throw e;
            } finally {
                board.finish(tracker);
            }
        } finally {
            slots.release();
        }
    }

    private void read(AwsAccount account, ExportSource source, ExportObject file, Path workFolder,
            ProgressBoard.Tracker tracker) throws IOException, ExportReadException {
        // the local copy keeps the object's file name: the reader knows the format by it
        Path local = workFolder.resolve(file.key().substring(file.key().lastIndexOf('/') + 1));
        try {
            source.download(file.key(), local);
            reader.read(account.export().type(), local, tracker);
        } catch (ExportReadException e) {
            throw new ExportReadException(source.locate(file.key()), e.row(), e.column().orElse(null),
                    problem(e), e.getCause());
        } finally {
            Files.deleteIfExists(local);
        }
    }

    /** The reader's message without the local copy's name, row and column (given again with the object's key). */
    private static String problem(ExportReadException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}
