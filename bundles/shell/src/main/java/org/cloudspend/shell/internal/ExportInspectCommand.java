package org.cloudspend.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportLayouts.FoundExport;
import org.cloudspend.api.export.ExportManifest;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportReader;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.api.export.LocalCopy;
import org.cloudspend.api.export.PeriodManifest;
import org.cloudspend.api.export.ReadSummary;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagKeyMerge;
import org.cloudspend.api.tags.TagNormalizer;

/**
 * The first thing to run when a report looks wrong: reads a local export data file, a manifest with its data files, or a
 * whole export folder (a copy of the bucket), and prints format, period, rows, totals per line item type and measure,
 * and the tag keys.
 */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "export-inspect",
        description = "Reads a local AWS billing export (data file, manifest or folder) and prints what it holds")
public class ExportInspectCommand extends CloudspendCommand {

    @Argument(index = 0, name = "path", required = true,
            description = "A data file (.csv.gz, .csv.zip, .csv, .parquet), a *-Manifest.json, or an export folder")
    @Completion(FileCompleter.class)
    String path;

    @Option(name = "-t", aliases = "--type",
            description = "The export family, legacy or cur2, where the file's place does not tell")
    @Completion(value = StringsCompleter.class, values = {"legacy", "cur2"})
    String type;

    @Reference
    ExportReader reader;

    @Reference
    ExportLayouts layouts;

    @Reference
    TagNormalizer normalizer;

    PrintStream out = System.out;

    @Override
    protected Object run() throws Exception {
        Path target = Path.of(path).toAbsolutePath().normalize();
        if (!Files.exists(target)) {
            throw new IllegalArgumentException("No file or folder at " + target);
        }
        boolean manifestGiven = target.getFileName().toString().endsWith("-Manifest.json");
        if (Files.isRegularFile(target) && !manifestGiven) {
            out.println("File      " + target);
            inspectFiles(type != null ? parseType(type) : familyOfDataFile(target), List.of(target));
            return null;
        }
        LocalCopy copy = layouts.localCopy(target);
        for (FoundExport export : copy.exports()) {
            ExportType family = type != null ? parseType(type) : export.type();
            List<PeriodManifest> manifests = layouts.newestManifests(export.type(), export.exportName(),
                    export.prefix(), copy.listing());
            for (PeriodManifest period : manifests) {
                // a manifest pointed at is inspected itself, whether or not it is its period's newest delivery
                String manifestKey = manifestGiven ? copy.given() : period.manifest().key();
                ExportManifest manifest = manifest(family, copy, manifestKey);
                List<String> dataFiles = dataFiles(copy, manifestKey, manifest);
                if (manifestGiven ? !manifest.billingPeriod().equals(period.period())
                        : !copy.covers(manifestKey, dataFiles)) {
                    continue;
                }
                out.println();
                out.println("Export    " + export.type() + " " + export.exportName()
                        + (export.prefix().isEmpty() ? "" : " (prefix " + export.prefix() + ")"));
                out.println("Manifest  " + copy.file(manifestKey));
                out.println("Period    " + manifest.billingPeriod() + "    delivery " + manifest.deliveryId()
                        + "    format " + manifest.format() + "    files " + manifest.dataFileKeys().size());
                inspectFiles(family, dataFiles.stream().map(copy::file).toList());
            }
        }
        return null;
    }

    private ExportManifest manifest(ExportType family, LocalCopy copy, String key)
            throws IOException, ExportReadException {
        try (InputStream in = Files.newInputStream(copy.file(key))) {
            return reader.readManifest(family, copy.file(key).toString(), in);
        }
    }

    /** The manifest's data files in the copy, found as the S3 route finds them. */
    private List<String> dataFiles(LocalCopy copy, String manifestKey, ExportManifest manifest) {
        Set<String> keys = new HashSet<>();
        copy.listing().forEach(object -> keys.add(object.key()));
        List<String> found = new ArrayList<>();
        for (String listed : manifest.dataFileKeys()) {
            found.add(layouts.dataFileKey(manifestKey, listed, keys).orElseThrow(() -> new IllegalArgumentException(
                    "The manifest " + copy.file(manifestKey) + " lists " + listed + ", which is not in the copy (a"
                            + " delivery still being copied, or files removed)")));
        }
        return found;
    }

    /** A data file's family, from where it lies in a copy; legacy where nothing tells (a file on its own). */
    private ExportType familyOfDataFile(Path file) throws IOException {
        try {
            List<FoundExport> exports = layouts.localCopy(file).exports();
            return exports.size() == 1 ? exports.get(0).type() : ExportType.LEGACY;
        } catch (IllegalArgumentException e) {
            return ExportType.LEGACY;
        }
    }

    private void inspectFiles(ExportType family, List<Path> files) throws ExportReadException {
        MeasureTotals totals = new MeasureTotals();
        Map<String, TagKey> tagKeys = new LinkedHashMap<>();
        for (Path file : files) {
            ReadSummary summary = reader.read(family, file, totals);
            summary.tagKeys().forEach(key -> tagKeys.putIfAbsent(key.canonical() + "\u0000" + key.display(), key));
        }
        MeasureTotals.Totals overall = totals.overall();
        out.println("Rows      " + overall.rows + "    currency " + totals.currencies());
        ShellTable table = new ShellTable();
        table.column("Line item type");
        table.column("Rows").alignRight();
        for (CostMeasure measure : CostMeasure.values()) {
            table.column(title(measure)).alignRight();
        }
        totals.byType().forEach((lineItemType, byType) -> addRow(table, lineItemType, byType));
        addRow(table, "Total", overall);
        table.print(out);
        out.println(totals.netMeasuresPresent()
                ? "Net measures: from the export's net (after discount) columns"
                : "Net measures: the export has no net (after discount) values, so net equals non-net");
        printTagKeys(new ArrayList<>(tagKeys.values()));
    }

    private void printTagKeys(List<TagKey> keys) {
        keys.sort((a, b) -> a.canonical().equals(b.canonical())
                ? a.display().compareTo(b.display()) : a.canonical().compareTo(b.canonical()));
        List<String> shown = new ArrayList<>();
        for (TagKey key : keys) {
            shown.add(key.canonical().equals(key.display()) ? key.canonical()
                    : key.canonical() + " (" + key.display() + ")");
        }
        out.println("Tag keys  " + (shown.isEmpty() ? "none" : shown.size() + ": " + String.join(", ", shown)));
        for (TagKeyMerge merge : normalizer.merges(keys)) {
            out.println("Merged    " + merge.canonical() + ": " + String.join(", ", merge.displayKeys()));
        }
    }

    private static void addRow(ShellTable table, String label, MeasureTotals.Totals totals) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.add(totals.rows);
        for (CostMeasure measure : CostMeasure.values()) {
            cells.add(amount(totals.total(measure)));
        }
        table.addRow().addContent(cells);
    }

    /** Exact, with trailing zeros beyond the cents dropped. */
    static String amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? value.setScale(2).toPlainString() : stripped.toPlainString();
    }

    private static String title(CostMeasure measure) {
        String words = measure.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static ExportType parseType(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "legacy", "cur", "cur1" -> ExportType.LEGACY;
            case "cur2", "cur2.0", "data-exports" -> ExportType.CUR2;
            default -> throw new IllegalArgumentException("Unknown export type '" + text + "': use legacy or cur2");
        };
    }
}
