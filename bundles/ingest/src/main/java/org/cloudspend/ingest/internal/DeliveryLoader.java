package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportReader;
import org.cloudspend.api.export.LineItemSink;

/**
 * Loads one delivery as one unit: claim the period, stream each data file through the reader into the store's load
 * (CSV read as it arrives, Parquet from a copy in the work folder, deleted once read), commit. Any failure aborts the
 * load and the period keeps its previous data. At most as many loads run at once as the semaphore has permits.
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
        return load(account.id(), account.export().type(), source, delivery, workFolder,
                sink -> new RowOwnership(account, delivery.manifest().billingPeriod(), sink));
    }

    /**
     * Loads a local copy under the name given: an operator's own files, not a delivery to an account, and so no
     * account for its line items to belong to.
     */
    Optional<LoadRecord> load(String exportId, ExportType type, ExportSource source, PendingDelivery delivery,
            Path workFolder) throws IOException, ExportReadException, InterruptedException {
        return load(exportId, type, source, delivery, workFolder, sink -> sink);
    }

    private Optional<LoadRecord> load(String exportId, ExportType type, ExportSource source, PendingDelivery delivery,
            Path workFolder, UnaryOperator<LineItemSink> checks)
            throws IOException, ExportReadException, InterruptedException {
        ExportManifest manifest = delivery.manifest();
        LoadClaim claim = new LoadClaim(exportId, manifest.billingPeriod(), manifest.deliveryId(),
                delivery.dataFiles().stream().map(ExportObject::key).toList());
        // the slot first: an interrupt while waiting for it must not leave a claimed period behind
        slots.acquire();
        try {
            Optional<CostLoad> begun = store.begin(claim);
            if (begun.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(load(begun.get(), type, source, delivery, workFolder, exportId, checks));
        } finally {
            slots.release();
        }
    }

    private LoadRecord load(CostLoad begun, ExportType type, ExportSource source, PendingDelivery delivery,
            Path workFolder, String exportId, UnaryOperator<LineItemSink> checks)
            throws IOException, ExportReadException {
        try (CostLoad load = begun) {
            ProgressBoard.Tracker tracker = board.start(exportId, delivery, load);
            LineItemSink sink = checks.apply(tracker);
            try {
                for (ExportObject file : delivery.dataFiles()) {
                    read(type, source, file, workFolder, sink);
                    tracker.fileDone(file.size());
                }
                tracker.storing();
                return load.commit();
            } catch (ExportReadException | IOException | RuntimeException e) {
                // after a failed commit this does nothing: the commit recorded its own cause
                load.abort(e.getMessage());
                throw e;
            } finally {
                board.finish(tracker);
            }
        }
    }

    /**
     * The store keeps costs by day: it takes a real month's line items summed in the reader, 10-25 times fewer, which
     * spares the ownership checks, the progress and the store's copy of each.
     */
    private void read(ExportType type, ExportSource source, ExportObject file, Path workFolder,
            LineItemSink sink) throws IOException, ExportReadException {
        // the object's file name tells the reader the format
        String name = file.key().substring(file.key().lastIndexOf('/') + 1);
        try {
            if (reader.streams(name)) {
                // read as it arrives: the download no longer waits for the reading, nor takes disk
                try (InputStream data = source.open(file.key())) {
                    reader.readDailySums(type, name, data, sink);
                }
            } else {
                readCopy(type, source, file.key(), workFolder.resolve(name), sink);
            }
        } catch (RowOwnership.ForeignRow e) {
            throw new RowOwnership.ForeignRowException(source.locate(file.key()), e);
        } catch (ExportReadException e) {
            if (e.getCause() instanceof S3ObjectStream.SourceFailure broken) {
                // S3 failed the reading, not the file: tried again next check, not a configuration error
                throw broken;
            }
            throw new ExportReadException(source.locate(file.key()), e.row(), e.column().orElse(null),
                    problem(e), e.getCause());
        }
    }

    /** Formats read from a file (Parquet's footer comes first): a local copy, deleted once read. */
    private void readCopy(ExportType type, ExportSource source, String key, Path local, LineItemSink sink)
            throws IOException, ExportReadException {
        try {
            source.download(key, local);
            reader.readDailySums(type, local, sink);
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
