package org.cloudspend.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The readers inside Karaf: Parquet with its embedded codecs and Hadoop classes, both families, exact totals. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ExportReadingIT extends CloudspendTestSupport {

    private static final Pattern TOTALS = Pattern.compile(
            "\"totals\": \\{\"rows\": (\\d+), \"UNBLENDED\": \"([-0-9.]+)\", \"NET_UNBLENDED\": \"([-0-9.]+)\","
                    + " \"AMORTIZED\": \"([-0-9.]+)\", \"NET_AMORTIZED\": \"([-0-9.]+)\"}");

    @Before
    public void installCloudspend() throws Exception {
        install("cloudspend");
    }

    @Test
    public void parquetExportsOfBothFamiliesAddUpToTheGeneratedTotals() throws Exception {
        Path bucket = Path.of(System.getProperty("cloudspend.itest.exports"));
        String printed = execute("cloudspend:export-inspect " + bucket);
        assertTrue(printed, printed.contains("Export    LEGACY athena (prefix exports)"));
        assertTrue(printed, printed.contains("Export    CUR2 costs (prefix exports)"));
        assertTotals(bucket, printed, "athena", "2025-03");
        assertTotals(bucket, printed, "costs", "2025-04");
    }

    private static void assertTotals(Path bucket, String printed, String export, String period) throws Exception {
        Matcher expected = TOTALS.matcher(Files.readString(bucket.resolve("expected-totals/" + export + "/" + period
                + ".json")));
        assertTrue(expected.find());
        int section = printed.indexOf("Period    " + period);
        assertTrue(printed, section >= 0);
        Matcher total = Pattern.compile("Total\\s+\\|\\s+(\\d+)\\s+\\|\\s+(\\S+)\\s+\\|\\s+(\\S+)\\s+\\|\\s+(\\S+)\\s+\\|"
                + "\\s+(\\S+)").matcher(printed.substring(section));
        assertTrue(printed, total.find());
        assertEquals(expected.group(1), total.group(1));
        for (int measure = 2; measure <= 5; measure++) {
            assertEquals(export + " " + period + " measure " + measure,
                    new java.math.BigDecimal(expected.group(measure)).stripTrailingZeros(),
                    new java.math.BigDecimal(total.group(measure)).stripTrailingZeros());
        }
    }
}
