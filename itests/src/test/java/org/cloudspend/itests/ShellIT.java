package org.cloudspend.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ShellIT extends CloudspendTestSupport {

    @Before
    public void installCloudspend() throws Exception {
        install("cloudspend");
    }

    @Test
    public void statusListsTheRunningServices() throws Exception {
        String printed = execute("cloudspend:status");
        assertTrue(printed, printed.matches(
                "(?s).*tag-key normalisation\\s+\\|\\s+TagNormalizer\\s+\\|\\s+running\\s+\\|\\s+cloudspend-tags.*"));
        assertTrue(printed, printed.matches("(?s).*cost store and load history\\s+\\|\\s+CostStore\\s+\\|\\s+not installed.*"));
        assertTrue(printed, printed.contains("1 of 10 cloudspend services running"));
    }

    @Test
    public void tagKeyPrintsTheSpecificationsExamples() throws Exception {
        String printed = execute("cloudspend:tag-key autoscaling:groupName cloudformation:id CreatedBy Environment-type aws:createdBy");
        assertRow(printed, "autoscaling:groupName", "autoscaling_group_name", "autoscaling:groupName", "user");
        assertRow(printed, "cloudformation:id", "cloudformation_id", "cloudformation:id", "user");
        assertRow(printed, "CreatedBy", "created_by", "CreatedBy", "user");
        assertRow(printed, "Environment-type", "environment_type", "Environment-type", "user");
        assertRow(printed, "aws:createdBy", "aws_created_by", "aws:createdBy", "system");
    }

    @Test
    public void tagKeyReadsParquetColumnsAndReportsMerges() throws Exception {
        String printed = execute("cloudspend:tag-key --source legacy-csv resourceTags/user:CostCenter resourceTags/user:cost-center");
        assertTrue(printed, printed.contains("Merged into one tag cost_center: CostCenter, cost-center"));
        printed = execute("cloudspend:tag-key -s legacy-parquet resource_tags_user_created_by");
        assertRow(printed, "resource_tags_user_created_by", "created_by", "created_by", "user");
    }

    @Test
    public void aWrongSourceIsAClearError() throws Exception {
        try {
            execute("cloudspend:tag-key --source csv CreatedBy");
            fail("an unknown source must fail");
        } catch (IllegalArgumentException e) {
            assertEquals("Unknown source 'csv': use key, legacy-csv, legacy-parquet or cur2", e.getMessage());
        }
    }

    private static void assertRow(String printed, String... cells) {
        String row = String.join("\\s+\\|\\s+", cells.clone());
        assertTrue("row " + String.join(" | ", cells) + " in\n" + printed,
                printed.matches("(?s).*" + row.replace("(", "\\(").replace(")", "\\)") + ".*"));
    }
}
