package org.cloudspend.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

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
        // the report's folder (the one holding the billing periods) reads the same export
        String fromReport = execute("cloudspend:export-inspect " + bucket.resolve("exports/athena"));
        assertTrue(fromReport, fromReport.contains("Export    LEGACY athena\n"));
        assertTotals(bucket, fromReport, "athena", "2025-03");
    }

    @Test
    public void loadedExportsAnswerCostQuestionsToTheCent() throws Exception {
        Path bucket = Path.of(System.getProperty("cloudspend.itest.exports"));
        String loaded = execute("cloudspend:export-load " + bucket);
        assertTrue(loaded, loaded.matches("(?s).*athena 2025-03 delivery \\S+: loaded, 3,000 line items, .*"));
        assertTrue(loaded, loaded.matches("(?s).*costs 2025-04 delivery \\S+: loaded, 3,000 line items, .*"));
        assertTrue(loaded, loaded.contains("2 billing period(s): 2 loaded, 0 loaded before, 0 not loaded"));
        // any level of the copy: the export's folder, a manifest
        String again = execute("cloudspend:export-load " + bucket.resolve("exports/costs"));
        assertTrue(again, again.matches("(?s)costs 2025-04 delivery \\S+: already loaded, or being loaded\\s+1 billing"
                + " period\\(s\\): 0 loaded, 1 loaded before, 0 not loaded\\s*"));

        java.math.BigDecimal expected = unblended(bucket, "athena", "2025-03").add(unblended(bucket, "costs", "2025-04"));
        String json = execute("cloudspend:cost --from 2025-03-01 --to 2025-04-30 --granularity total --group-by"
                + " service --format json");
        Matcher total = Pattern.compile("\"total\": ?([-0-9.]+)").matcher(json);
        assertTrue(json, total.find());
        assertEquals(expected.stripTrailingZeros(), new java.math.BigDecimal(total.group(1)).stripTrailingZeros());
        String byMonth = execute("cloudspend:cost -f 2025-03-01 -t 2025-04-30 -b account -b tag:environment -n 3");
        assertTrue(byMonth, byMonth.contains("2025-03") && byMonth.contains("2025-04") && byMonth.contains("(others)"));
        String compared = execute("cloudspend:cost -p 2025-04 -g total -b service --compare");
        assertTrue(compared, compared.contains("Previous period 2025-03-01 to 2025-03-31: "
                + amount(unblended(bucket, "athena", "2025-03")) + " USD"));
        String monthToDate = execute("cloudspend:month-to-date --day 2025-04-30");
        assertTrue(monthToDate, monthToDate.matches("(?s).*Month to date\\s+\\|\\s+"
                + Pattern.quote(amount(unblended(bucket, "costs", "2025-04"))) + "\\s.*"));
        assertTrue(monthToDate, monthToDate.contains("Amount (USD)"));
        // a whole period is the month to the cent, and --to includes its day
        BigDecimal april = jsonTotal(execute("cloudspend:cost -p 2025-04 -g total --format json"));
        assertEquals(unblended(bucket, "costs", "2025-04").stripTrailingZeros(), april.stripTrailingZeros());
        assertEquals(april, jsonTotal(execute("cloudspend:cost -f 2025-04-01 -t 2025-04-30 -g total --format json")));
        String aprilTable = execute("cloudspend:cost -p 2025-04 -g total");
        assertTrue(aprilTable, aprilTable.contains("Total " + amount(april) + " USD, unblended, 2025-04-01 to"
                + " 2025-04-30"));
        String loads = execute("cloudspend:loads");
        assertTrue(loads, loads.contains("athena") && loads.contains("costs"));
    }

    @Test
    public void mspCustomersSplitTheLoadedCostsAndEachSeesOnlyItsOwn() throws Exception {
        Path bucket = Path.of(System.getProperty("cloudspend.itest.exports"));
        execute("cloudspend:export-load " + bucket);
        execute("cloudspend:customer-add --name Acme --markup 10 acme");
        execute("cloudspend:customer-add --name Globex globex");
        execute("cloudspend:customer-map --account 100000111111 acme");
        execute("cloudspend:customer-map --tag Project=checkout globex");
        String list = execute("cloudspend:customer-list");
        assertTrue(list, list.contains("account 100000111111") && list.contains("tag project=checkout"));

        String range = " -f 2025-03-01 -t 2025-04-30 -g total";
        BigDecimal total = jsonTotal(execute("cloudspend:cost" + range + " --format json"));
        BigDecimal acme = jsonTotal(execute("cloudspend:cost" + range + " --customer acme --format json"));
        BigDecimal globex = jsonTotal(execute("cloudspend:cost" + range + " --customer globex --format json"));
        BigDecimal unassigned = jsonTotal(execute("cloudspend:customer-unassigned" + range + " --format json"));
        assertEquals(0, total.compareTo(acme.add(globex).add(unassigned)));

        String acmeTable = execute("cloudspend:cost" + range + " -b account --customer acme");
        assertTrue(acmeTable, acmeTable.contains("100000111111") && !acmeTable.contains("100000222222"));
        assertTrue(acmeTable, acmeTable.contains("Rebilled to Acme: " + amount(acme.multiply(new BigDecimal("1.1")))
                + " USD (markup 10% on unblended)"));
        String byCustomer = execute("cloudspend:cost" + range + " -b customer");
        assertTrue(byCustomer, byCustomer.contains("acme") && byCustomer.contains("(unassigned)"));
    }

    /**
     * A budget reached by loaded costs: one alert on Event Admin with its properties, in the shell, acknowledged, and
     * resolved when the budget goes; each load is posted too. Alerts look at this period and the one before: the
     * yearly budget's alert needs the exports' year (2025) to be one of them.
     */
    @Test
    public void aBudgetReachedByLoadedCostsIsOneAlertOnEventAdmin() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, new String[] {"org/cloudspend/*"});
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class, events::add,
                topics);
        try {
            Path bucket = Path.of(System.getProperty("cloudspend.itest.exports"));
            String loaded = execute("cloudspend:export-load " + bucket);
            BigDecimal march = unblended(bucket, "athena", "2025-03");
            BigDecimal april = unblended(bucket, "costs", "2025-04");
            if (loaded.contains(": loaded, ")) {
                Event load = next(events, "org/cloudspend/load/COMMITTED");
                assertTrue(load.toString(), List.of("2025-03", "2025-04").contains(load.getProperty("period")));
            }

            // a quarterly budget for 2025-Q2 holds April, and is measured on the day given
            execute("cloudspend:budget-add --period quarterly --amount 10 --threshold actual:50 -x service=none q2");
            String status = execute("cloudspend:budget-status -d 2025-05-15 q2");
            assertTrue(status, status.contains("2025-04-01") && status.contains(amount(april)));
            String list = execute("cloudspend:budget-list");
            assertTrue(list, list.contains("q2") && list.contains("quarterly") && list.contains("-x service=none"));

            // a yearly budget: last year's costs reached it (the period before this one is measured too)
            BigDecimal year = march.add(april);
            String yearly = execute("cloudspend:budget-add --period yearly --amount 100 --threshold actual:50 y");
            assertTrue(yearly, yearly.startsWith("Budget y: 100.00 USD yearly, alerting at actual:50; scope"
                    + " everything."));
            int thisYear = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
            if (thisYear == 2025 || thisYear == 2026) { // the exports' year is this one or the one before
                Event raised = next(events, "org/cloudspend/alert/BUDGET");
                assertEquals("y", raised.getProperty("budget"));
                assertEquals("2025-01-01 actual:50", raised.getProperty("condition"));
                assertEquals(0, year.compareTo((BigDecimal) raised.getProperty("value")));
                assertEquals(new BigDecimal("50.00"), raised.getProperty("limit"));
                assertEquals("cloudspend:cost -f 2025-01-01 -t 2025-12-31 -g day -b service -m unblended",
                        raised.getProperty("question"));
                // the budget's metrics for a monitoring server, in JMX (this year's period: no costs)
                javax.management.ObjectName metrics = new javax.management.ObjectName(
                        "org.cloudspend:type=Budget,name=y");
                javax.management.MBeanServer jmx = java.lang.management.ManagementFactory.getPlatformMBeanServer();
                for (int wait = 0; wait < 100 && !jmx.isRegistered(metrics); wait++) {
                    Thread.sleep(100);
                }
                assertEquals(new BigDecimal("100.00"), jmx.getAttribute(metrics, "Amount"));
                assertEquals(thisYear + "-01-01", jmx.getAttribute(metrics, "PeriodStart"));
                assertEquals(1, jmx.getAttribute(new javax.management.ObjectName("org.cloudspend:type=Cloudspend"),
                        "OpenAlerts"));
                String id = (String) raised.getProperty("id");
                String alerts = execute("cloudspend:alerts");
                assertTrue(alerts, alerts.contains(id) && alerts.contains("open"));
                assertTrue(execute("cloudspend:alert-ack " + id).contains("is acknowledged"));

                execute("cloudspend:budget-delete y");
                Event resolved = next(events, "org/cloudspend/alert/BUDGET/RESOLVED");
                assertEquals(id, resolved.getProperty("id"));
                assertTrue(execute("cloudspend:alerts").contains("No open alerts."));
                assertTrue(execute("cloudspend:alerts --all").contains(id));
            }
            execute("cloudspend:budget-delete q2");
        } finally {
            handler.unregister();
        }
    }

    /** The next event on this topic, within 30 seconds. */
    private static Event next(BlockingQueue<Event> events, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Event event = events.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            if (event != null && event.getTopic().equals(topic)) {
                return event;
            }
        }
        throw new AssertionError("no event on " + topic + " within 30 s");
    }

    private static BigDecimal jsonTotal(String json) {
        Matcher total = Pattern.compile("\"total\": ?([-0-9.]+)").matcher(json);
        assertTrue(json, total.find());
        return new BigDecimal(total.group(1));
    }

    /** As tables show amounts, computed apart from cloudspend: cents, half to even, thousands separated. */
    private static String amount(java.math.BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,.2f", value.setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    private static java.math.BigDecimal unblended(Path bucket, String export, String period) throws Exception {
        Matcher expected = TOTALS.matcher(Files.readString(bucket.resolve("expected-totals/" + export + "/" + period
                + ".json")));
        assertTrue(expected.find());
        return new java.math.BigDecimal(expected.group(2));
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
