package org.cloudspend.shell.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.ingest.CopyLoad;
import org.cloudspend.api.ingest.IngestService;
import org.cloudspend.render.Cents;

/** Loads a local copy of export files through the ingest service, as an account's route loads its export. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "export-load",
        description = "Loads the newest delivery of every billing period of a local copy of export files into the"
                + " cost store")
public class ExportLoadCommand extends CloudspendCommand {

    @Argument(index = 0, name = "path", required = true, description = "A local copy of export files, at any level:"
            + " the bucket's folder, the export's, a billing period's, a *-Manifest.json or a data file")
    @Completion(FileCompleter.class)
    String path;

    @Option(name = "-e", aliases = "--export-id",
            description = "The name the costs are stored under (default: the export's name in AWS)")
    String exportId = "";

    @Reference
    IngestService ingest;

    PrintStream out = System.out;

    @Override
    protected Object run() throws Exception {
        // each period is told as it ends: a month of millions of line items takes a while
        List<CopyLoad> outcomes = ingest.loadCopy(Path.of(path), exportId, outcome -> out.println(line(outcome)));
        long failed = outcomes.stream().filter(outcome -> outcome.problem().isPresent()).count();
        long loaded = outcomes.stream().filter(outcome -> outcome.loaded().isPresent()).count();
        out.println(outcomes.size() + " billing period(s): " + loaded + " loaded, "
                + (outcomes.size() - loaded - failed) + " loaded before, " + failed + " not loaded");
        if (failed > 0) {
            throw new IllegalStateException(failed + " billing period(s) could not be loaded and keep their data;"
                    + " see above and cloudspend:loads");
        }
        return null;
    }

    static String line(CopyLoad outcome) {
        String head = outcome.exportId() + " " + outcome.period() + " delivery " + outcome.deliveryId() + ": ";
        if (outcome.problem().isPresent()) {
            return head + "not loaded, the period keeps its data: " + outcome.problem().get();
        }
        if (outcome.loadedBefore()) {
            return head + "already loaded, or being loaded";
        }
        LoadRecord record = outcome.loaded().orElseThrow();
        return head + "loaded, " + String.format(Locale.ROOT, "%,d", record.rowsIn()) + " line items, "
                + Cents.format(record.totals().get(CostMeasure.UNBLENDED)) + " unblended, "
                + String.format(Locale.ROOT, "%.1f s", record.duration().toMillis() / 1000.0);
    }
}
