package org.cloudspend.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one synthetic billing export delivery: data files and manifest in AWS's S3 layout under a folder that stands
 * for the bucket, and the exact totals of what it wrote ({@code expected-totals/<name>/<period>.json}).
 */
public final class ExportGenerator {

    private ExportGenerator() {
    }

    /** The region code of each location the generator writes (a line item may name only its location). */
    public static Map<String, String> regionCodesByLocation() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Catalog.Region region : Catalog.REGIONS) {
            codes.put(region.location(), region.code());
        }
        return codes;
    }

    public static GeneratedExport generate(ExportSpec spec, Path root) throws IOException {
        String deliveryId = UUID.nameUUIDFromBytes(("delivery-" + spec.seed() + "-" + spec.period() + "-"
                + spec.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        ExportLayout layout = new ExportLayout(spec, deliveryId);
        List<Column> columns = ExportColumns.of(spec);
        ExpectedTotals expected = new ExpectedTotals();
        LineItemFactory factory = new LineItemFactory(spec);
        List<String> keys;
        try (DataFiles files = new DataFiles(spec, root, layout, columns)) {
            factory.generate(line -> {
                expected.add(line);
                try {
                    files.write(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            files.close();
            keys = List.copyOf(files.keys());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // the account that made the export: a linked account makes its own
        String owner = spec.linkedAccount().isEmpty() ? factory.payerAccountId() : spec.linkedAccount();
        String manifest = Manifests.of(spec, deliveryId, owner, columns, keys);
        write(root.resolve(layout.manifest()), manifest);
        if (layout.periodManifest() != null) {
            write(root.resolve(layout.periodManifest()), manifest);
        }
        Path totals = root.resolve("expected-totals").resolve(spec.name()).resolve(spec.period() + ".json");
        Files.createDirectories(totals.getParent());
        expected.write(totals);
        return new GeneratedExport(root, layout.manifest(), keys, deliveryId, expected);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * {@code java -jar cloudspend-export-generator.jar [--shape real|scattered] <folder> <legacy|cur2> <csv|parquet>
     * <yyyy-mm> <line items> [seed] [name] [prefix]}: a real-shaped month unless told otherwise.
     */
    public static void main(String[] arguments) throws IOException {
        List<String> args = new ArrayList<>(List.of(arguments));
        ExportSpec.Shape shape = ExportSpec.Shape.REAL;
        int option = args.indexOf("--shape");
        String shapeName = option >= 0 && option + 1 < args.size() ? args.get(option + 1) : "";
        if (option >= 0 && !shapeName.matches("(?i)real|scattered")) {
            System.err.println("--shape takes real or scattered, not '" + shapeName + "'");
            System.exit(2);
        }
        if (option >= 0) {
            shape = ExportSpec.Shape.valueOf(shapeName.toUpperCase(Locale.ROOT));
            args.subList(option, option + 2).clear();
        }
        if (args.size() < 5) {
            System.err.println("usage: [--shape real|scattered] <folder> <legacy|cur2> <csv|parquet> <yyyy-mm>"
                    + " <line items> [seed] [name] [prefix]");
            System.exit(2);
        }
        ExportSpec.Family family = ExportSpec.Family.valueOf(args.get(1).toUpperCase(Locale.ROOT));
        boolean parquet = args.get(2).equalsIgnoreCase("parquet");
        ExportSpec spec = ExportSpec.of(family, parquet, YearMonth.parse(args.get(3)), Long.parseLong(args.get(4)),
                args.size() > 5 ? Long.parseLong(args.get(5)) : 1L).withShape(shape);
        if (args.size() > 6) {
            spec = spec.withName(args.get(6));
        }
        if (args.size() > 7) {
            spec = spec.withPrefix(args.get(7));
        }
        spec = spec.withRowsPerFile(Math.max(1, Math.min(spec.lineItems(), 2_000_000)));
        GeneratedExport export = generate(spec, Path.of(args.get(0)));
        System.out.println("manifest " + export.manifestKey() + ", " + export.dataFileKeys().size() + " files, "
                + export.expected().overall().rows() + " line items, unblended "
                + export.expected().overall().total("UNBLENDED").toPlainString());
    }
}
