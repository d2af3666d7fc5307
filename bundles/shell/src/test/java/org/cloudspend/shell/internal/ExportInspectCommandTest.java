package org.cloudspend.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.cur.internal.AwsExportLayouts;
import org.cloudspend.cur.internal.CurExportReader;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportInspectCommandTest {

    private static final String HEADER = "bill/BillingPeriodStartDate,lineItem/UsageAccountId,lineItem/LineItemType,"
            + "lineItem/UsageStartDate,lineItem/CurrencyCode,lineItem/UnblendedCost,resourceTags/user:CostCenter,"
            + "resourceTags/user:cost-center,resourceTags/aws:createdBy";

    @TempDir
    Path bucket;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void inspectsTheNewestDeliveryOfEveryPeriodInAFolder() throws Exception {
        // an older delivery that the period's manifest no longer points at
        gzip("cur/daily/20240101-20240201/old/daily-1.csv.gz", "2024-01-01T00:00:00Z,222222222222,Usage,"
                + "2024-01-02T00:00:00Z,USD,999,,,");
        gzip("cur/daily/20240101-20240201/new/daily-1.csv.gz",
                "2024-01-01T00:00:00Z,222222222222,Usage,2024-01-02T00:00:00Z,USD,10.25,ops,,alice",
                "2024-01-01T00:00:00Z,222222222222,Usage,2024-01-03T00:00:00Z,USD,4.75,,ops,");
        gzip("cur/daily/20240101-20240201/new/daily-2.csv.gz",
                "2024-01-01T00:00:00Z,222222222222,Tax,2024-01-01T00:00:00Z,USD,1.5,,,",
                "2024-01-01T00:00:00Z,222222222222,Credit,2024-01-01T00:00:00Z,USD,-3,,,");
        Files.writeString(Files.createDirectories(bucket.resolve("cur/daily/20240101-20240201"))
                .resolve("daily-Manifest.json"), """
                {"assemblyId":"new","reportName":"daily","compression":"GZIP",
                 "billingPeriod":{"start":"20240101T000000.000Z","end":"20240201T000000.000Z"},
                 "reportKeys":["cur/daily/20240101-20240201/new/daily-1.csv.gz",
                               "cur/daily/20240101-20240201/new/daily-2.csv.gz"]}
                """);

        String output = run(bucket.toString());

        assertTrue(output.contains("Export    LEGACY daily (prefix cur)"), output);
        assertTrue(output.contains("Period    2024-01    delivery new    format CSV_GZIP    files 2"), output);
        assertTrue(output.contains("Rows      4    currency USD"), output);
        assertTrue(output.matches("(?s).*Credit\\s+\\S\\s+1\\s+\\S\\s+-3\\.00\\s+\\S.*"), output);
        assertTrue(output.matches("(?s).*Usage\\s+\\S\\s+2\\s+\\S\\s+15\\.00\\s+\\S.*"), output);
        assertTrue(output.matches("(?s).*Total\\s+\\S\\s+4\\s+\\S\\s+13\\.50\\s+\\S\\s+13\\.50\\s+\\S\\s+13\\.50.*"), output);
        assertTrue(output.contains("net equals non-net"), output);
        assertTrue(output.contains("Tag keys  3: aws_created_by (aws:createdBy), cost_center (CostCenter),"
                + " cost_center (cost-center)"), output);
        assertTrue(output.contains("Merged    cost_center: CostCenter, cost-center"), output);
    }

    @Test
    void inspectsOneDataFile() throws Exception {
        Path file = gzip("report-1.csv.gz", "2024-01-01T00:00:00Z,222222222222,Usage,2024-01-02T00:00:00Z,USD,"
                + "0.0000000001,,,");
        String output = run(file.toString());
        assertTrue(output.contains("Rows      1"), output);
        assertTrue(output.matches("(?s).*Total\\s+\\S\\s+1\\s+\\S\\s+0\\.0000000001\\s.*"), output);
    }

    @Test
    void aBrokenFileFailsWithTheReadersMessage() throws Exception {
        Path file = bucket.resolve("broken.csv.gz");
        Files.writeString(file, "not gzip");
        ExportReadException e = assertThrows(ExportReadException.class, () -> run(file.toString()));
        assertTrue(e.getMessage().startsWith("broken.csv.gz"), e.getMessage());
    }

    @Test
    void aFolderWithoutExportsIsAClearError() {
        CommandException e = assertThrows(CommandException.class, () -> run(bucket.toString()));
        assertTrue(e.getMessage().startsWith("No export manifest under "), e.getMessage());
        assertEquals("Unknown export type 'cur3': use legacy or cur2",
                assertThrows(IllegalArgumentException.class, () -> ExportInspectCommand.parseType("cur3")).getMessage());
    }

    private String run(String path) throws Exception {
        ExportInspectCommand command = new ExportInspectCommand();
        AwsTagNormalizer normalizer = new AwsTagNormalizer();
        command.reader = new CurExportReader(normalizer);
        command.layouts = new AwsExportLayouts();
        command.normalizer = normalizer;
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        command.path = path;
        command.execute();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Path gzip(String key, String... rows) throws IOException {
        Path file = bucket.resolve(key);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
