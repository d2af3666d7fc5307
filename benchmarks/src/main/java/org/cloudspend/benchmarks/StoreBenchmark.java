package org.cloudspend.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.cloudspend.api.cost.CostLoad;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.LoadClaim;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.store.internal.StandaloneStore;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * Loads a year of daily facts for many accounts into cloudspend's store (one line item per fact, through the load
 * contract: aggregation, staging, one replacing transaction per load) as their payer's export delivers them (one load
 * per month holding every account), then asks the two questions of it and of one flat DuckDB table holding the
 * same facts with the tag inline (the reference), in the same run. The same facts loaded as each account's own export
 * (one load per account and month) show what a load costs whatever its size.
 * Usage: {@code StoreBenchmark <accounts> <facts per account and month> <folder>}.
 */
public final class StoreBenchmark {

    private static final String[] SERVICES = {"AmazonEC2", "AmazonS3", "AmazonRDS", "AWSLambda", "AmazonDynamoDB",
        "AmazonCloudWatch", "AmazonEKS", "AmazonElastiCache", "AmazonCloudFront", "AmazonRoute53", "AWSKMS", "AmazonVPC"};
    private static final String[] REGIONS = {"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
        "ap-southeast-2", "ap-northeast-1", "sa-east-1"};
    private static final String[] ENVIRONMENTS = {"prod", "staging", "dev", "test"};

    /**
     * Runs of each question before the measured ones: the store's Java side (building the SQL, reading the rows) took a
     * few runs to be compiled, which one warm-up run left in the median (measured: 18.8 ms in the first 11 runs of the
     * month-by-service question, 10.8-11.1 ms after).
     */
    private static final int WARM_UP = 10;

    /** The payer's export, which holds every account's line items (as AWS delivers an organization's costs). */
    private static final String PAYER_EXPORT = "payer-100000000000";

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[0]);
        int factsPerAccountMonth = Integer.parseInt(args[1]);
        Path folder = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("store.duckdb"));
        Files.deleteIfExists(folder.resolve("store.duckdb.wal"));
        Files.deleteIfExists(folder.resolve("flat.duckdb"));
        Files.deleteIfExists(folder.resolve("flat.duckdb.wal"));
        long facts = (long) accounts * 12 * factsPerAccountMonth;
        System.out.printf(Locale.ROOT, "store: %d accounts x 12 months x %,d facts = %,d daily facts%n", accounts,
                factsPerAccountMonth, facts);

        List<String> backends = new java.util.ArrayList<>(List.of("duckdb"));
        String postgres = args.length > 3 ? args[3] : "";
        if (!postgres.isBlank()) {
            backends.add("postgresql");
        }
        java.util.Map<String, StandaloneStore> stores = new java.util.LinkedHashMap<>();
        for (String backend : backends) {
            StandaloneStore store = backend.equals("duckdb") ? StandaloneStore.duckDb(folder.resolve("store.duckdb"))
                    : StandaloneStore.postgres(postgres, "", "");
            stores.put(backend, store);
            long start = System.nanoTime();
            for (int month = 1; month <= 12; month++) {
                BillingPeriod period = BillingPeriod.of(2025, month);
                try (CostLoad load = store.costs().begin(new LoadClaim(PAYER_EXPORT, period, "d" + System.nanoTime(),
                        List.of())).orElseThrow()) {
                    for (int account = 0; account < accounts; account++) {
                        forEachFact(account, period.month(), factsPerAccountMonth, load::accept);
                    }
                    load.commit();
                }
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  %-10s load  %7.1f s  %,10.0f facts/s (the payer's export: 12 loads, one"
                    + " per month, of every account's line items, each aggregated and replacing its month)%n", backend,
                    loadSeconds, facts / loadSeconds);
        }
        loadPerAccount(folder, accounts, factsPerAccountMonth);

        DuckDBConnection flat = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:"
                + folder.resolve("flat.duckdb"), new Properties());
        try (Statement statement = flat.createStatement()) {
            statement.execute("CREATE TABLE facts (day DATE, account VARCHAR, service VARCHAR, region VARCHAR,"
                    + " usage_type VARCHAR, environment VARCHAR, unblended DECIMAL(38,10))");
        }
        long start = System.nanoTime();
        try (DuckDBAppender appender = flat.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facts")) {
            for (int account = 0; account < accounts; account++) {
                for (int month = 1; month <= 12; month++) {
                    forEachFact(account, YearMonth.of(2025, month), factsPerAccountMonth, item -> {
                        try {
                            appender.beginRow().append(LocalDate.ofInstant(item.usageStart(), ZoneOffset.UTC))
                                    .append(item.usageAccountId()).append(item.productCode()).append(item.region())
                                    .append(item.usageType()).append(item.tags().get("environment"))
                                    .append(item.cost(CostMeasure.UNBLENDED)).endRow();
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }
        double flatSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  flat table load  %7.1f s  %,10.0f facts/s (reference: DuckDB appender"
                + " straight into one table)%n", flatSeconds, facts / flatSeconds);

        CostQuery monthByService = new CostQuery(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1),
                Granularity.MONTH, List.of(GroupBy.of(Dimension.SERVICE)),
                List.of(new Filter(GroupBy.of(Dimension.ACCOUNT), Set.of(accountId(7 % accounts)), false),
                        new Filter(GroupBy.tag("environment"), Set.of("prod"), false)), CostMeasure.UNBLENDED, 0);
        CostQuery dailyByAccount = new CostQuery(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1),
                Granularity.DAY, List.of(GroupBy.of(Dimension.ACCOUNT)), List.of(), CostMeasure.UNBLENDED, 0);
        for (var entry : stores.entrySet()) {
            StandaloneStore store = entry.getValue();
            System.out.println("  " + entry.getKey() + ":");
            report("month by service, one account, tag filter", () -> store.queries().query(monthByService).total(),
                    () -> flatTotal(flat, "SELECT sum(c) FROM (SELECT date_trunc('month', day), service,"
                            + " sum(unblended) c FROM facts WHERE account = '" + accountId(7 % accounts) + "'"
                            + " AND environment = 'prod' GROUP BY ALL)"));
            report("daily by account, all accounts, one month", () -> store.queries().query(dailyByAccount).total(),
                    () -> flatTotal(flat, "SELECT sum(c) FROM (SELECT day, account, sum(unblended) c FROM facts"
                            + " WHERE day >= DATE '2025-06-01' AND day < DATE '2025-07-01' GROUP BY ALL)"));
            store.close();
        }
        flat.close();
    }

    /**
     * The same facts loaded as each account's own export (one load per account and month), into a store of their own:
     * what a load costs whatever its size shows here.
     */
    private static void loadPerAccount(Path folder, int accounts, int factsPerAccountMonth) throws Exception {
        Path file = folder.resolve("store-per-account.duckdb");
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder.resolve("store-per-account.duckdb.wal"));
        StandaloneStore store = StandaloneStore.duckDb(file);
        long start = System.nanoTime();
        for (int account = 0; account < accounts; account++) {
            for (int month = 1; month <= 12; month++) {
                BillingPeriod period = BillingPeriod.of(2025, month);
                try (CostLoad load = store.costs().begin(new LoadClaim(accountId(account), period,
                        "d" + System.nanoTime(), List.of())).orElseThrow()) {
                    forEachFact(account, period.month(), factsPerAccountMonth, load::accept);
                    load.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int loads = accounts * 12;
        System.out.printf(Locale.ROOT, "  %-10s load  %7.1f s  %,10.0f facts/s (each account's own export: %,d loads"
                + " of %,d facts, %.1f ms each)%n", "duckdb", seconds, (double) loads * factsPerAccountMonth / seconds,
                loads, factsPerAccountMonth, seconds * 1000 / loads);
        store.close();
        Files.deleteIfExists(file);
    }

    static void report(String question, Supplier<BigDecimal> ours, Supplier<BigDecimal> reference) {
        BigDecimal a = ours.get();
        BigDecimal b = reference.get();
        if (a.compareTo(b) != 0) {
            throw new IllegalStateException(question + ": cloudspend " + a + ", reference " + b);
        }
        long oursMedian = median(ours);
        long referenceMedian = median(reference);
        System.out.printf(Locale.ROOT, "  %-45s cloudspend %6.1f ms   flat table %6.1f ms   (median of 11 runs after"
                + " 10 warm-up runs, same total)%n", question, oursMedian / 1e6, referenceMedian / 1e6);
    }

    /** Runs a question until both the JVM and the database are warm (the first ten runs), then the median of 11. */
    static long median(Supplier<BigDecimal> question) {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP + 11; run++) {
            long start = System.nanoTime();
            question.get();
            if (run >= WARM_UP) {
                times.add(System.nanoTime() - start);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    static BigDecimal flatTotal(Connection connection, String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getBigDecimal(1).setScale(10);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The facts of one account and month: distinct (day, service, region, usage type, environment) combinations. The
     * days' instants, usage types and tag maps are made once per month, as a reader's dictionaries give them, so that
     * the load's time is the store's, not the making of line items.
     */
    private static void forEachFact(int account, YearMonth month, int count,
            java.util.function.Consumer<LineItem> out) {
        SplittableRandom random = new SplittableRandom(account * 1000L + month.getMonthValue());
        BillingPeriod period = new BillingPeriod(month);
        String accountId = accountId(account);
        int days = month.lengthOfMonth();
        Instant[] dayStarts = new Instant[days];
        for (int day = 0; day < days; day++) {
            dayStarts[day] = month.atDay(day + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        int perUsageType = SERVICES.length * REGIONS.length * ENVIRONMENTS.length;
        String[] usageTypes = new String[(count / days) / perUsageType + 1];
        for (int i = 0; i < usageTypes.length; i++) {
            usageTypes[i] = "Usage-" + i;
        }
        List<Map<String, String>> tagSets = java.util.Arrays.stream(ENVIRONMENTS)
                .map(environment -> Map.of("environment", environment)).toList();
        for (int i = 0; i < count; i++) {
            int day = i % days;
            int combination = i / days;
            String service = SERVICES[combination % SERVICES.length];
            String region = REGIONS[(combination / SERVICES.length) % REGIONS.length];
            Map<String, String> tags = tagSets.get((combination / (SERVICES.length * REGIONS.length))
                    % ENVIRONMENTS.length);
            String usageType = usageTypes[combination / perUsageType];
            long cost = random.nextLong(1, 500_000_000_000L);
            Instant start = dayStarts[day];
            out.accept(new LineItem() {
                public BillingPeriod billingPeriod() { return period; }
                public String payerAccountId() { return "100000000000"; }
                public String usageAccountId() { return accountId; }
                public String lineItemType() { return "Usage"; }
                public Instant usageStart() { return start; }
                public Instant usageEnd() { return start.plusSeconds(3600); }
                public String productCode() { return service; }
                public String region() { return region; }
                public String availabilityZone() { return ""; }
                public String usageType() { return usageType; }
                public String operation() { return ""; }
                public String resourceId() { return ""; }
                public BigDecimal usageAmount() { return BigDecimal.ONE; }
                public String currency() { return "USD"; }
                public long costScaled(CostMeasure measure) { return cost; }
                public boolean netMeasuresPresent() { return false; }
                public Map<String, String> tags() { return tags; }
                public Map<String, String> costCategories() { return Map.of(); }
            });
        }
    }

    static String accountId(int account) {
        return String.format("%012d", 200_000_000_000L + account);
    }
}
