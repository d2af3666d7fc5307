package org.cloudspend.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeFalse;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The store on PostgreSQL inside Karaf, configured as an operator would (org.cloudspend.store's jdbc.url): exports
 * load into it and cost questions are answered from it. Runs when CLOUDSPEND_TEST_POSTGRES names a server, in a
 * container of its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresStoreIT extends CloudspendTestSupport {

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Test
    public void exportsLoadIntoPostgresAndAnswerCostQuestions() throws Exception {
        String url = System.getProperty("cloudspend.itest.postgres", "");
        assumeFalse("Set CLOUDSPEND_TEST_POSTGRES to a jdbc:postgresql:// URL to run this test", url.isEmpty());
        install("cloudspend");
        String schema = "itest_" + Long.toHexString(System.nanoTime());
        try (var admin = new org.postgresql.Driver().connect(url, new java.util.Properties());
                var statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        Configuration store = configurationAdmin.getConfiguration("org.cloudspend.store", null);
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("jdbc.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        store.update(settings);

        Path bucket = Path.of(System.getProperty("cloudspend.itest.exports"));
        String loaded = awaitCommand("cloudspend:export-load " + bucket);
        assertTrue(loaded, loaded.matches("(?s).*costs 2025-04 delivery \\S+: loaded, 3,000 line items, .*"));
        String json = execute("cloudspend:cost --from 2025-03-01 --to 2025-04-30 --granularity total --format json");
        Matcher total = Pattern.compile("\"total\": ?([-0-9.]+)").matcher(json);
        assertTrue(json, total.find());
        assertEquals(0, unblended(bucket, "athena", "2025-03").add(unblended(bucket, "costs", "2025-04"))
                .compareTo(new BigDecimal(total.group(1))));
        try (var check = new org.postgresql.Driver().connect(url, new java.util.Properties());
                var statement = check.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM " + schema + ".loads")) {
            assertTrue(result.next());
            assertEquals("both periods' loads are in PostgreSQL", 2, result.getInt(1));
        }
        store.delete();
    }

    /** The store restarts with its new configuration: commands wait for it. */
    private String awaitCommand(String command) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                return execute(command);
            } catch (Exception e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static BigDecimal unblended(Path bucket, String export, String period) throws Exception {
        Matcher expected = Pattern.compile("\"UNBLENDED\": \"([-0-9.]+)\"").matcher(Files.readString(
                bucket.resolve("expected-totals/" + export + "/" + period + ".json")));
        assertTrue(expected.find());
        return new BigDecimal(expected.group(1));
    }
}
