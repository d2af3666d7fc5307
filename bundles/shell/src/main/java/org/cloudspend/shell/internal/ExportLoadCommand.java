package org.cloudspend.shell.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportLayouts.FoundExport;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportReader;
import org.cloudspend.api.export.PeriodManifest;

/**
 * Loads a local copy of an export bucket into the cost store: the newest delivery of every billing period replaces
 * what was loaded for it; a delivery already loaded is skipped; a file that cannot be read leaves the period as it was.
 */
@Service
@Command(scope = "cloudspend", name = "export-load",
        description = "Loads the newest delivery of every billing period of a local export folder into the cost store")
public class ExportLoadCommand extends CloudspendCommand {

    @Argument(index = 0, name = "folder", required = true, description = "A local copy of an export bucket")
    @Completion(FileCompleter.class)
    String folder;

    @Option(name = "-e", aliases = "--export-id",
            description = "The name the costs are stored under (default: the export's name in AWS)")
    String exportId;

    @Reference
    ExportReader reader;

    @Reference
    ExportLayouts layouts;

    @Reference
    CostStore store;

    @Override
    protected Object run() throws Exception {
        Path root = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("No folder at " + root);
        }
        List<ExportObject> listing = LocalExportFolder.list(root);
        List<FoundExport> exports = layouts.findExports(listing);
        if (exports.isEmpty()) {
            throw new IllegalArgumentException("No export manifest under " + root);
        }
        ShellTable table = new ShellTable();
        table.column("Export");
        table.column("Period");
        table.column("Delivery");
        table.column("Line items").alignRight();
        table.column("Unblended").alignRight();
        table.column("Result");
        int failures = 0;
        for (FoundExport export : exports) {
            String id = exportId != null ? exportId : export.exportName();
            for (PeriodManifest period : layouts.newestManifests(export.type(), export.exportName(), export.prefix(),
                    listing)) {
                Path manifestFile = root.resolve(period.manifest().key());
                ExportManifest manifest;
                try (InputStream in = Files.newInputStream(manifestFile)) {
                    manifest = reader.readManifest(export.type(), period.manifest().key(), in);
                }
                LoadClaim claim = new LoadClaim(id, manifest.billingPeriod(), manifest.deliveryId(),
                        manifest.dataFileKeys());
                Optional<CostLoad> begun = store.begin(claim);
                if (begun.isEmpty()) {
                    table.addRow().addContent(id, claim.period(), claim.deliveryId(), "", "",
                            "already loaded, or being loaded");
                    continue;
                }
                CostLoad load = begun.get();
                try {
                    for (String key : manifest.dataFileKeys()) {
                        reader.read(export.type(), LocalExportFolder.locate(root, manifestFile, key), load);
                    }
                    LoadRecord record = load.commit();
                    table.addRow().addContent(id, claim.period(), claim.deliveryId(), record.rowsIn(),
                            ExportInspectCommand.amount(record.totals().get(CostMeasure.UNBLENDED)), "loaded");
                } catch (ExportReadException e) {
                    failures++;
                    load.abort(e.getMessage());
                    table.addRow().addContent(id, claim.period(), claim.deliveryId(), "", "",
                            "not loaded, the period keeps its data: " + e.getMessage());
                } finally {
                    load.close();
                }
            }
        }
        table.print(System.out);
        if (failures > 0) {
            throw new IllegalStateException(failures + " billing period(s) could not be loaded; see above");
        }
        return null;
    }
}
