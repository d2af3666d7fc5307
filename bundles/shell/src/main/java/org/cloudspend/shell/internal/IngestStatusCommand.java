package org.cloudspend.shell.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.ingest.IngestService;
import org.cloudspend.api.ingest.IngestStatus;
import org.cloudspend.api.ingest.LoadProgress;
import org.cloudspend.render.Cents;

/** Per account: the last check, the last load, the next check, errors, and a load under way with its progress. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "ingest-status", description = "Shows per account the last check and load,"
        + " the next check, configuration errors, and the progress of a load under way")
public class IngestStatusCommand extends CloudspendCommand {

    @Reference
    IngestService ingest;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Account");
        table.column("Last check (UTC)");
        table.column("Outcome");
        table.column("Last load");
        table.column("Line items").alignRight();
        table.column("Unblended").alignRight();
        table.column("Seconds").alignRight();
        table.column("Next check (UTC)");
        table.column("Errors");
        Instant now = Instant.now();
        for (IngestStatus status : ingest.status()) {
            Optional<LoadRecord> load = status.lastLoad();
            table.addRow().addContent(status.accountId(), time(status.lastCheck()),
                    status.lastOutcome().orElse("not checked yet"),
                    load.map(r -> r.claim().period() + " " + (r.succeeded() ? "loaded" : "failed")).orElse(""),
                    load.map(r -> String.format(Locale.ROOT, "%,d", r.rowsIn())).orElse(""),
                    load.map(r -> r.totals().get(CostMeasure.UNBLENDED)).filter(java.util.Objects::nonNull)
                            .map(Cents::format).orElse(""),
                    load.map(r -> String.format(Locale.ROOT, "%.1f", r.duration().toMillis() / 1000.0)).orElse(""),
                    time(status.nextCheck()), String.join(", ", status.errors()));
        }
        table.print(System.out);
        for (IngestStatus status : ingest.status()) {
            status.progress().ifPresent(progress -> System.out.println(describe(status.accountId(), progress, now)));
        }
        return null;
    }

    static String describe(String accountId, LoadProgress progress, Instant now) {
        String loading = "Loading " + accountId + " " + progress.period() + " (delivery " + progress.deliveryId() + "): ";
        if (progress.storingSince().isPresent()) {
            return loading + "every file read (" + progress.filesTotal() + ", " + megabytes(progress.bytesTotal())
                    + " MB, " + String.format(Locale.ROOT, "%,d", progress.lineItems()) + " line items); storing the month since "
                    + time(progress.storingSince()) + " (copying the line items into the store, summing them by day)";
        }
        String percent = progress.bytesTotal() > 0
                ? String.format(Locale.ROOT, " (%.0f%%)", 100.0 * progress.bytesDone() / progress.bytesTotal()) : "";
        return loading + progress.filesDone() + " of " + progress.filesTotal() + " files read, "
                + megabytes(progress.bytesDone()) + " of " + megabytes(progress.bytesTotal()) + " MB" + percent + ", "
                + String.format(Locale.ROOT, "%,d", progress.lineItems()) + " line items so far"
                + progress.estimatedEnd(now)
                        .map(end -> ", every file read around " + time(Optional.of(end)) + ", then the month is stored")
                        .orElse("");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(i -> i.toString().replace('T', ' ').replaceFirst("\\.\\d+Z$|Z$", "")).orElse("");
    }
}
