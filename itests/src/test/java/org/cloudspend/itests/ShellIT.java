package org.cloudspend.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ShellIT extends CloudspendTestSupport {

    @javax.inject.Inject
    private org.osgi.service.cm.ConfigurationAdmin configurationAdmin;

    @Before
    public void installCloudspend() throws Exception {
        install("cloudspend");
    }

    @Test
    public void statusListsTheRunningServices() throws Exception {
        String printed = execute("cloudspend:status");
        assertTrue(printed, printed.matches(
                "(?s).*tag-key normalisation\\s+\\|\\s+TagNormalizer\\s+\\|\\s+running\\s+\\|\\s+cloudspend-tags.*"));
        assertTrue(printed, printed.matches("(?s).*cost store and load history\\s+\\|\\s+CostStore\\s+\\|\\s+running\\s+\\|\\s+cloudspend-store.*"));
        assertTrue(printed, printed.matches("(?s).*AWS credentials\\s+\\|\\s+CredentialProvider\\s+\\|\\s+running\\s+\\|\\s+cloudspend-credentials.*"));
        assertTrue(printed, printed.matches("(?s).*account integration\\s+\\|\\s+AccountIntegrationService\\s+\\|\\s+running\\s+\\|\\s+cloudspend-accounts.*"));
        assertTrue(printed, printed.matches("(?s).*customer-scoped costs\\s+\\|\\s+CustomerCostService\\s+\\|\\s+running\\s+\\|\\s+cloudspend-msp.*"));
        assertTrue(printed, printed.matches("(?s).*billing export readers\\s+\\|\\s+ExportReader\\s+\\|\\s+running\\s+\\|\\s+cloudspend-cur.*"));
        assertTrue(printed, printed.contains("20 of 20 cloudspend services running"));
    }

    /** Karaf keeps the last of two values of one option; cloudspend's commands refuse the line before running it. */
    @Test
    public void aSingleValuedOptionGivenTwiceIsRefusedBeforeTheCommandRuns() throws Exception {
        try {
            execute("cloudspend:customer-add --name First --name Second twice");
            fail("a repeated --name must be refused");
        } catch (Exception e) {
            assertEquals("--name takes one value, but was given twice (First and Second): give it once",
                    e.getMessage());
        }
        assertFalse(execute("cloudspend:customer-list").contains("twice"));
        execute("cloudspend:cost -g total -b service -b region"); // a multi-valued option repeats
    }

    /**
     * cloudspend:user-add asks the password twice without echoing it and adds the user to Karaf's realm with the
     * role's name, so that it logs in to the HTTP API (and, a viewer, to the shell) with it.
     */
    @Test
    public void aUserAddedWithItsRoleLogsInToKarafsRealm() throws Exception {
        String password = "typed-password-1";
        String printed = executeTyping(List.of("admin", "cloudspend-admin"), new java.io.ByteArrayInputStream(
                (password + "\n" + password + "\n").getBytes(StandardCharsets.UTF_8)),
                "cloudspend:user-add --role viewer rita");
        assertTrue(printed, printed.contains("User rita added with the role cloudspend-viewer"));
        assertFalse(printed, printed.contains(password));
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(org.apache.karaf.jaas.boot.ProxyLoginModule.class.getClassLoader());
        try {
            new javax.security.auth.login.LoginContext("karaf", subject, callbacks -> {
                ((javax.security.auth.callback.NameCallback) callbacks[0]).setName("rita");
                ((javax.security.auth.callback.PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
            }).login();
        } finally {
            thread.setContextClassLoader(before);
        }
        assertTrue(subject.getPrincipals().stream().anyMatch(principal -> principal instanceof RolePrincipal
                && principal.getName().equals("cloudspend-viewer")));
        try {
            executeTyping(List.of("admin", "cloudspend-admin"), new java.io.ByteArrayInputStream(
                    (password + "\n" + password + "\n").getBytes(StandardCharsets.UTF_8)),
                    "cloudspend:user-add --role owner olga");
            fail("an unknown role must be refused");
        } catch (Exception e) {
            assertEquals("Unknown role 'owner': use viewer, admin or customer:<id>", e.getMessage());
        }
    }

    /** An anomaly monitor's life in the shell: added (and run at once), listed, its anomalies asked for, deleted. */
    @Test
    public void anAnomalyMonitorIsAddedListedAndDeleted() throws Exception {
        String added = execute("cloudspend:anomaly-monitor-add -d service --min-impact 25 --min-percent 30 services");
        assertTrue(added, added.startsWith("Anomaly monitor services: each service, anomalies from +25 and +30%"));
        assertRow(execute("cloudspend:anomaly-monitor-list"), "services", "each service", "everything", "unblended",
                "25.00", "30", "yes");
        assertTrue(execute("cloudspend:anomalies --open").contains("No open anomalies."));
        try {
            execute("cloudspend:anomaly-monitor-add --min-impact 0 --min-percent 0 never");
            fail("a monitor without any floor must be refused");
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("An anomaly monitor needs a minimum impact"));
        }
        assertTrue(execute("cloudspend:anomaly-monitor-delete services").contains("deleted"));
        assertTrue(execute("cloudspend:anomaly-monitor-list").contains("No anomaly monitors yet"));
    }

    /** Karaf's command guard keeps what changes state, or shows External IDs, to cloudspend-admin. */
    @Test
    public void aViewerAsksQuestionsAndChangesNothing() throws Exception {
        List<String> viewer = List.of("cloudspend-viewer", "ssh");
        assertTrue(executeAs(viewer, "cloudspend:customer-list").toLowerCase().contains("customer"));
        executeAs(viewer, "cloudspend:cost -g total");
        for (String change : List.of("cloudspend:customer-add --name Viewer viewers", "cloudspend:external-id",
                "cloudspend:account-delete demo")) {
            try {
                executeAs(viewer, change);
                fail(change + " must be refused to a viewer");
            } catch (Exception e) {
                assertTrue(e.toString(), e.getClass().getSimpleName().equals("CommandNotFoundException")
                        || e instanceof SecurityException);
            }
        }
        assertFalse("nothing was added", execute("cloudspend:customer-list").contains("viewers"));
        try {
            executeAs(List.of("viewer", "ssh"), "cloudspend:cost -g total");
            fail("Karaf's own viewer role is not cloudspend's");
        } catch (Exception e) {
            assertEquals("CommandNotFoundException", e.getClass().getSimpleName());
        }
    }

    /** The guard lets a command no entry names run for anyone: every cloudspend command is named. */
    @Test
    public void everyCommandIsNamedInTheCommandAcl() throws Exception {
        java.util.Dictionary<String, Object> acl = configurationAdmin
                .getConfiguration("org.apache.karaf.command.acl.cloudspend", null).getProperties();
        assertTrue("the cloudspend feature installs the command ACL", acl != null);
        java.util.Set<String> named = new java.util.TreeSet<>(java.util.Collections.list(acl.keys()));
        java.util.Set<String> commands = new java.util.TreeSet<>();
        for (org.apache.karaf.shell.api.console.Command command : sessionFactory.getRegistry().getCommands()) {
            if (command.getScope().equals("cloudspend")) {
                commands.add(command.getName());
            }
        }
        assertTrue(commands.toString(), commands.size() >= 29);
        for (String command : commands) {
            assertTrue(command + " is not in org.apache.karaf.command.acl.cloudspend", named.contains(command));
        }
    }

    /** Route builders of other bundles join cloudspend's CamelContext as OSGi services, and leave with them. */
    @Test
    public void aRouteBuilderServiceAddsItsRoutes() throws Exception {
        Object builder = getClass().getClassLoader().loadClass("org.cloudspend.itests.ProbeRoutes")
                .getDeclaredConstructor().newInstance();
        var registration = bundleContext.registerService("org.apache.camel.RoutesBuilder", builder, null);
        String routes = execute("cloudspend:routes");
        assertTrue(routes, routes.matches("(?s).*from-the-probe\\s+\\|\\s+Started\\s+\\|\\s+service"
                + " org.cloudspend.itests.ProbeRoutes.*"));
        assertTrue(routes, routes.matches("(?s).*cloudspend-check\\s+\\|\\s+Started\\s+\\|\\s+cloudspend.*"));
        registration.unregister();
        String after = execute("cloudspend:routes");
        assertTrue(after, !after.contains("from-the-probe"));
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
        } catch (RuntimeException e) {
            // a user's mistake: Karaf's shell prints the message alone and logs no stack trace
            assertEquals("CommandException", e.getClass().getSimpleName());
            assertEquals("Unknown source 'csv': use key, legacy-csv, legacy-parquet or cur2", e.getMessage());
        }
    }

    @Test
    public void exportInspectReadsACompressedExport() throws Exception {
        Path folder = Files.createTempDirectory("export-inspect");
        Path file = folder.resolve("costs-00001.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n",
                    "bill_billing_period_start_date,line_item_usage_account_id,line_item_line_item_type,"
                            + "line_item_usage_start_date,line_item_currency_code,line_item_unblended_cost,resource_tags",
                    "2024-05-01T00:00:00Z,222222222222,Usage,2024-05-02T00:00:00Z,USD,12.3456789012,"
                            + "\"{\"\"user_cost_center\"\":\"\"ops\"\"}\"",
                    "2024-05-01T00:00:00Z,222222222222,Credit,2024-05-02T00:00:00Z,USD,-2.3456789012,",
                    "").getBytes(StandardCharsets.UTF_8));
        }
        String printed;
        try {
            printed = execute("cloudspend:export-inspect --type cur2 " + file);
        } finally {
            Files.delete(file);
            Files.delete(folder);
        }
        assertTrue(printed, printed.contains("Rows      2    currency USD"));
        assertTrue(printed, printed.matches("(?s).*Total\\s+\\|\\s+2\\s+\\|\\s+10\\.00\\s+\\|.*"));
        assertTrue(printed, printed.contains("Tag keys  1: cost_center"));
    }

    private static void assertRow(String printed, String... cells) {
        String row = String.join("\\s+\\|\\s+", cells.clone());
        assertTrue("row " + String.join(" | ", cells) + " in\n" + printed,
                printed.matches("(?s).*" + row.replace("(", "\\(").replace(")", "\\)") + ".*"));
    }
}
