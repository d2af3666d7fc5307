package org.cloudspend.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cloudspend.tags.internal.AwsTagNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TagKeyCommandTest {

    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void captureOutput() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
    }

    @Test
    void printsCanonicalAndDisplayKeysAndMerges() throws Exception {
        TagKeyCommand command = new TagKeyCommand();
        command.normalizer = new AwsTagNormalizer();
        command.keys = List.of("resourceTags/user:CostCenter", "resourceTags/user:cost-center",
                "resourceTags/aws:createdBy", "lineItem/UnblendedCost");
        command.source = "legacy-csv";
        command.execute();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).*resourceTags/user:CostCenter\\s+\\S\\s+cost_center\\s+\\S\\s+CostCenter\\s+\\S\\s+user.*"),
                printed);
        assertTrue(printed.matches("(?s).*resourceTags/aws:createdBy\\s+\\S\\s+aws_created_by\\s+\\S\\s+aws:createdBy\\s+\\S\\s+system.*"),
                printed);
        assertTrue(printed.contains("lineItem/UnblendedCost") && printed.contains("(not a tag column)"), printed);
        assertTrue(printed.contains("Merged into one tag cost_center: CostCenter, cost-center"), printed);
    }

    @Test
    void unknownSourceIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TagKeyCommand.parseSource("csv"));
        assertEquals("Unknown source 'csv': use key, legacy-csv, legacy-parquet or cur2", e.getMessage());
        assertEquals(TagKeyCommand.Source.LEGACY_PARQUET, TagKeyCommand.parseSource("legacy-parquet"));
    }
}
