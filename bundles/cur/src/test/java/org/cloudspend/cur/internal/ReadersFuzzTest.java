package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.ExportType;
import org.cloudspend.generator.ExportGenerator;
import org.cloudspend.generator.ExportSpec;
import org.cloudspend.generator.GeneratedExport;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-shaped export files, mutated at random from a fixed seed for a fixed number of rounds: whatever a broken or
 * hostile file holds, a reader gives a result or an {@link ExportReadException}, never another exception, a hang or
 * the heap's end. An input that found a bug is kept in {@code src/test/resources/fuzz-found}, read again every run;
 * 3,000 rounds a format take about half a minute; {@code -Dcloudspend.fuzz.rounds=N} searches longer or shorter.
 */
class ReadersFuzzTest {

    /** Bytes that mean something to CSV, JSON or a number. */
    private static final String SPECIAL = "\",\n\r{}[]:0e-";

    /** Rounds per format; each round mutates a file afresh. */
    private static final int ROUNDS = Integer.getInteger("cloudspend.fuzz.rounds", 3000);

    @TempDir
    Path folder;

    private final CurExportReader reader = new CurExportReader(new AwsTagNormalizer(), 1 << 20, 1 << 20);

    @Test
    void mutatedCsvFilesReadOrFailCleanly() throws Exception {
        for (ExportSpec.Family family : ExportSpec.Family.values()) {
            GeneratedExport export = ExportGenerator.generate(ExportSpec.of(family, false, YearMonth.of(2025, 3), 300,
                    17), folder.resolve(family.name()));
            byte[] csv = gunzip(Files.readAllBytes(export.root().resolve(export.dataFileKeys().get(0))));
            ExportType type = family == ExportSpec.Family.LEGACY ? ExportType.LEGACY : ExportType.CUR2;
            SplittableRandom random = new SplittableRandom(2026_12_03L + family.ordinal());
            for (int round = 0; round < ROUNDS; round++) {
                byte[] mutated = mutate(csv, random);
                boolean compress = random.nextBoolean();
                Path file = folder.resolve(compress ? "fuzz.csv.gz" : "fuzz.csv");
                Files.write(file, compress ? gzip(mutated) : mutated);
                readsOrFailsCleanly(type, file, mutated);
            }
        }
    }

    @Test
    void mutatedParquetFilesReadOrFailCleanly() throws Exception {
        GeneratedExport export = ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, true,
                YearMonth.of(2025, 3), 300, 19), folder.resolve("parquet"));
        byte[] parquet = Files.readAllBytes(export.root().resolve(export.dataFileKeys().get(0)));
        SplittableRandom random = new SplittableRandom(2026_12_03L);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] mutated = mutate(parquet, random);
            Path file = folder.resolve("fuzz.parquet");
            Files.write(file, mutated);
            readsOrFailsCleanly(ExportType.CUR2, file, mutated);
        }
    }

    @Test
    void mutatedManifestsReadOrFailCleanly() throws Exception {
        GeneratedExport export = ExportGenerator.generate(ExportSpec.of(ExportSpec.Family.CUR2, false,
                YearMonth.of(2025, 3), 10, 23), folder.resolve("manifest"));
        byte[] manifest = Files.readAllBytes(export.root().resolve(export.manifestKey()));
        SplittableRandom random = new SplittableRandom(2026_12_03L);
        for (int round = 0; round < ROUNDS * 4; round++) {
            byte[] mutated = mutate(manifest, random);
            for (ExportType type : ExportType.values()) {
                try {
                    reader.readManifest(type, "fuzz-Manifest.json", new ByteArrayInputStream(mutated));
                } catch (ExportReadException expected) {
                    // a clear refusal
                } catch (RuntimeException e) {
                    fail("a manifest made " + e + ":\n" + new String(mutated, java.nio.charset.StandardCharsets.UTF_8),
                            e);
                }
            }
        }
    }

    /** The inputs that found bugs, named after the family they were made from and what they found. */
    @Test
    void inputsThatFoundBugsReadOrFailCleanly() throws Exception {
        for (String found : List.of("legacy-tag-column-without-a-key.csv")) {
            byte[] input;
            try (InputStream in = getClass().getResourceAsStream("/fuzz-found/" + found)) {
                input = in.readAllBytes();
            }
            Path file = folder.resolve(found);
            Files.write(file, input);
            readsOrFailsCleanly(found.startsWith("legacy-") ? ExportType.LEGACY : ExportType.CUR2, file, input);
        }
    }

    private void readsOrFailsCleanly(ExportType type, Path file, byte[] input) {
        try {
            reader.read(type, file, item -> item.cost(org.cloudspend.api.export.CostMeasure.AMORTIZED));
        } catch (ExportReadException expected) {
            // a clear refusal
        } catch (RuntimeException | Error e) {
            Path kept = folder.resolveSibling("fuzz-found-" + System.nanoTime() + "-" + file.getFileName());
            try {
                Files.write(kept, input);
            } catch (IOException ignored) {
                // the failure is reported either way
            }
            fail(file.getFileName() + " made " + e + " (input kept in " + kept + ")", e);
        }
    }

    /** One to eight mutations: flipped bytes, a cut, a duplicated or removed run, bytes of the file's own elsewhere. */
    private static byte[] mutate(byte[] original, SplittableRandom random) {
        List<Byte> bytes = new ArrayList<>(original.length);
        for (byte b : original) {
            bytes.add(b);
        }
        int mutations = 1 + random.nextInt(8);
        for (int m = 0; m < mutations && !bytes.isEmpty(); m++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> bytes.subList(at, bytes.size()).clear();
                case 2 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(64))).clear();
                case 3 -> {
                    List<Byte> run = new ArrayList<>(bytes.subList(at, Math.min(bytes.size(), at + 1
                            + random.nextInt(64))));
                    bytes.addAll(random.nextInt(bytes.size() + 1), run);
                }
                default -> bytes.set(at, (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length())));
            }
        }
        byte[] mutated = new byte[bytes.size()];
        for (int i = 0; i < mutated.length; i++) {
            mutated[i] = bytes.get(i);
        }
        return mutated;
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        }
        return out.toByteArray();
    }
}
