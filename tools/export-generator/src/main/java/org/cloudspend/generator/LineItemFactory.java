package org.cloudspend.generator;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Makes the line items of one billing period from a seed: accounts, services, regions, hourly usage of a pool of
 * resources with stable tags, and every line item type in realistic proportions (Savings Plan covered usage always with
 * its negation). Amounts have at most 10 decimals, so the totals it records are exact.
 */
final class LineItemFactory {

    private static final long ONE = 10_000_000_000L;

    private final ExportSpec spec;
    private final SplittableRandom random;
    private final String payer;
    private final List<String> accounts = new ArrayList<>();
    private final int resources;
    private final long periodStart;
    private final int hours;
    private long sequence;

    LineItemFactory(ExportSpec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.payer = spec.payer();
        if (!spec.linkedAccount().isEmpty()) {
            accounts.add(spec.linkedAccount());
        } else {
            accounts.add(payer);
            for (int i = 1; i <= spec.linkedAccounts(); i++) {
                accounts.add(accountId(i));
            }
        }
        this.resources = (int) Math.max(10, Math.min(200_000, spec.lineItems() / 40));
        this.periodStart = spec.period().atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        this.hours = spec.usageHours();
    }

    String payerAccountId() {
        return payer;
    }

    /** Makes exactly {@link ExportSpec#lineItems()} line items, in order. */
    void generate(Consumer<GeneratedLine> out) {
        if (spec.shape() == ExportSpec.Shape.REAL) {
            generateRealShaped(out);
            return;
        }
        long remaining = spec.lineItems();
        while (remaining > 0) {
            int resource = random.nextInt(resources);
            Context c = context(resource, periodStart + 3600L * random.nextInt(hours));
            remaining -= emit(lines(resource, c, random.nextInt(1000), remaining), out);
        }
    }

    /**
     * A month as AWS bills it: a population of resources, each with one line item per hour it runs (most all month,
     * some starting, stopping or resized mid-month), Savings Plan and reservation lines on the hours they cover, hour
     * after hour; fees, tax, credits and refunds (3 % of the lines) on their days, before them.
     */
    private void generateRealShaped(Consumer<GeneratedLine> out) {
        long remaining = spec.lineItems();
        long onTheirDays = remaining * 3 / 100;
        List<ResourceRun> runs = new ArrayList<>();
        long hourly = 0;
        for (int resource = 0; hourly < remaining - onTheirDays; resource++) {
            for (ResourceRun run : ResourceRun.of(resource, context(resource, periodStart), hours,
                    new SplittableRandom(spec.seed() * 37 + resource))) {
                runs.add(run);
                hourly += (long) run.hours() * run.linesAnHour();
            }
        }
        for (long i = 0; i < onTheirDays; i++) {
            ResourceRun run = runs.get(random.nextInt(runs.size()));
            // the draws of the one-line fee, tax, credit, refund and discount types
            remaining -= emit(lines(run.resource(), run.context(), 110 + random.nextInt(74), remaining), out);
        }
        for (int hour = 0; hour < hours && remaining > 0; hour++) {
            long start = periodStart + 3600L * hour;
            for (int i = 0; i < runs.size() && remaining > 0; i++) {
                ResourceRun run = runs.get(i);
                if (run.covers(hour)) {
                    remaining -= emit(lines(run.resource(), run.context().at(start), run.draw(), remaining), out);
                }
            }
        }
    }

    private static int emit(List<GeneratedLine> lines, Consumer<GeneratedLine> out) {
        for (GeneratedLine line : lines) {
            out.accept(line);
        }
        return lines.size();
    }

    /** What a resource is, the same in every line item of it: service, account, region, usage type, id, tags. */
    private Context context(int resource, long start) {
        SplittableRandom stable = new SplittableRandom(spec.seed() * 31 + resource);
        Catalog.Service service = Catalog.SERVICES.get(stable.nextInt(Catalog.SERVICES.size()));
        String account = accounts.get(stable.nextInt(accounts.size()));
        Catalog.Region region = Catalog.REGIONS.get(stable.nextInt(Catalog.REGIONS.size()));
        String usageType = service.usageTypes().get(stable.nextInt(service.usageTypes().size()));
        String operation = service.operations().get(stable.nextInt(service.operations().size()));
        String zone = service.regional() && service.productCode().equals("AmazonEC2")
                ? region.code() + region.zones().charAt(stable.nextInt(region.zones().length())) : "";
        String resourceId = service.resourcePrefix() + Long.toHexString(stable.nextLong() & 0xffffffffffL);
        Map<String, String> tags = tagsOf(stable);
        Map<String, String> categories = Map.of("Department",
                Catalog.COST_CATEGORY_VALUES.get(stable.nextInt(Catalog.COST_CATEGORY_VALUES.size())));
        return new Context(account, service, region, usageType, operation, zone, resourceId, tags, categories, start);
    }

    /**
     * The line items of one draw of 1,000: below 60 a Savings Plan covered usage with its negation (two lines), below
     * 110 reserved usage, 110 to 183 fees, tax, credits, refunds and discounts, above plain usage.
     */
    private List<GeneratedLine> lines(int resource, Context c, int draw, long remaining) {
        if (draw < 60 && remaining >= 2) {
            long unblended = amount(5);
            long effective = unblended * 7 / 10;
            GeneratedLine covered = line(c, "SavingsPlanCoveredUsage", unblended, netIfAny(unblended), b -> {
                b.savingsPlanEffectiveCost = effective;
                b.savingsPlanNetEffectiveCost = spec.netColumns() ? net(effective) : null;
                b.savingsPlanArn = "arn:aws:savingsplans::" + payer + ":savingsplan/sp-" + (resource % 3);
            }, effective, spec.netColumns() ? net(effective) : effective);
            GeneratedLine negation = line(c, "SavingsPlanNegation", -unblended, spec.netColumns() ? -net(unblended) : null,
                    b -> b.savingsPlanArn = covered.savingsPlanArn(), 0, 0);
            return List.of(covered, negation);
        }
        if (draw < 110) {
            long effective = amount(3);
            return List.of(line(c, "DiscountedUsage", 0, spec.netColumns() ? 0L : null, b -> {
                b.reservationEffectiveCost = effective;
                b.reservationNetEffectiveCost = spec.netColumns() ? net(effective) : null;
                b.reservationArn = reservationArn(resource);
            }, effective, spec.netColumns() ? net(effective) : effective));
        }
        if (draw < 118) {
            long commitment = amount(20);
            long used = commitment * (50 + random.nextInt(50)) / 100;
            return List.of(line(c, "SavingsPlanRecurringFee", commitment, netIfAny(commitment), b -> {
                b.savingsPlanTotalCommitment = commitment;
                b.savingsPlanUsedCommitment = used;
                b.savingsPlanArn = "arn:aws:savingsplans::" + payer + ":savingsplan/sp-" + (resource % 3);
            }, commitment - used, commitment - used));
        }
        if (draw < 122) {
            long fee = amount(200);
            return List.of(line(c, "SavingsPlanUpfrontFee", fee, netIfAny(fee),
                    b -> b.savingsPlanArn = "arn:aws:savingsplans::" + payer + ":savingsplan/sp-0", 0, 0));
        }
        if (draw < 130) {
            long fee = amount(10);
            long unusedUpfront = fee / 4;
            long unusedRecurring = fee / 5;
            return List.of(line(c, "RIFee", fee, netIfAny(fee), b -> {
                b.reservationUnusedUpfront = unusedUpfront;
                b.reservationUnusedRecurring = unusedRecurring;
                b.reservationNetUnusedUpfront = spec.netColumns() ? net(unusedUpfront) : null;
                b.reservationNetUnusedRecurring = spec.netColumns() ? net(unusedRecurring) : null;
                b.reservationArn = reservationArn(resource);
            }, unusedUpfront + unusedRecurring,
                    spec.netColumns() ? net(unusedUpfront) + net(unusedRecurring) : unusedUpfront + unusedRecurring));
        }
        if (draw < 134) {
            long fee = amount(300);
            return List.of(line(c, "Fee", fee, netIfAny(fee), b -> b.reservationArn = reservationArn(resource), 0, 0));
        }
        if (draw < 140) {
            long fee = amount(30);
            return List.of(line(c, "Fee", fee, netIfAny(fee), b -> { }, fee, spec.netColumns() ? net(fee) : fee));
        }
        if (draw < 160) {
            long tax = amount(4);
            return List.of(plain(c, "Tax", tax));
        }
        if (draw < 172) {
            return List.of(plain(c, "Credit", -amount(8)));
        }
        if (draw < 178) {
            return List.of(plain(c, "Refund", -amount(6)));
        }
        if (draw < 184) {
            return List.of(plain(c, "BundledDiscount", -amount(1)));
        }
        return List.of(plain(c, "Usage", amount(2)));
    }

    /** A line whose amortized cost is its unblended cost. */
    private GeneratedLine plain(Context c, String type, long unblended) {
        Long net = netIfAny(unblended);
        return line(c, type, unblended, net, b -> { }, unblended, net == null ? unblended : net);
    }

    private GeneratedLine line(Context c, String type, long unblended, Long netUnblended, Consumer<Extras> extras,
            long amortized, long netAmortized) {
        Extras b = new Extras();
        extras.accept(b);
        long start = c.start;
        boolean usage = type.endsWith("Usage") || type.equals("SavingsPlanNegation");
        if (!usage) {
            start = periodStart;
        }
        sequence++;
        String usageAmount = usage ? decimal(random.nextLong(1, 10_000_000_000_000L) / 1000, 7) : "";
        boolean regional = usage && c.service.regional();
        return new GeneratedLine(
                Long.toHexString(spec.seed() * 1_000_003L + sequence) + "-" + sequence,
                payer, c.account, "Account " + c.account.substring(8), type, start,
                usage ? start + 3600 : periodStart + 86_400L * spec.period().lengthOfMonth(),
                c.service, c.usageType, usage ? c.operation : "", regional ? c.zone : "",
                regional ? c.region : null, regional && sequence % 5 != 0, usage ? c.resourceId : "",
                usageAmount, unblended, netUnblended,
                b.savingsPlanEffectiveCost, b.savingsPlanNetEffectiveCost, b.savingsPlanTotalCommitment,
                b.savingsPlanUsedCommitment, b.reservationEffectiveCost, b.reservationNetEffectiveCost,
                b.reservationUnusedUpfront, b.reservationNetUnusedUpfront, b.reservationUnusedRecurring,
                b.reservationNetUnusedRecurring, b.reservationArn, b.savingsPlanArn,
                usage ? c.tags : Map.of(), usage ? c.categories : Map.of(), amortized, netAmortized);
    }

    /** 0 to 8 tags, the same for every line of a resource; never both CostCenter and cost-center. */
    private static Map<String, String> tagsOf(SplittableRandom stable) {
        Map<String, String> tags = new LinkedHashMap<>();
        int count = stable.nextInt(9);
        for (int i = 0; i < count; i++) {
            boolean system = stable.nextInt(4) == 0;
            List<String> keys = system ? Catalog.SYSTEM_TAG_KEYS : Catalog.USER_TAG_KEYS;
            String key = keys.get(stable.nextInt(keys.size()));
            String original = system ? key : "user:" + key;
            if ((key.equals("cost-center") && tags.containsKey("user:CostCenter"))
                    || (key.equals("CostCenter") && tags.containsKey("user:cost-center"))) {
                continue;
            }
            List<String> values = Catalog.TAG_VALUES.get(key);
            tags.put(original, values.get(stable.nextInt(values.size())));
        }
        return tags;
    }

    /** A positive amount below {@code dollars} with 10 decimals. */
    private long amount(int dollars) {
        return random.nextLong(1, dollars * ONE);
    }

    /** The net column's value where the export has net columns, else none. */
    private Long netIfAny(long amount) {
        return spec.netColumns() ? net(amount) : null;
    }

    /** The amount after a 4% discount, still exact to 10 decimals. */
    private long net(long amount) {
        return amount - amount / 25;
    }

    private String reservationArn(int resource) {
        return "arn:aws:ec2:us-east-1:" + payer + ":reserved-instances/ri-" + (resource % 7);
    }

    private static String accountId(int index) {
        return String.format("%012d", 100_000_000_000L + index * 111_111L);
    }

    /** {@code value} scaled by 10^scale, as decimal text. */
    static String decimal(long value, int scale) {
        return java.math.BigDecimal.valueOf(value, scale).stripTrailingZeros().toPlainString();
    }

    record Context(String account, Catalog.Service service, Catalog.Region region, String usageType,
            String operation, String zone, String resourceId, Map<String, String> tags,
            Map<String, String> categories, long start) {

        Context at(long hourStart) {
            return new Context(account, service, region, usageType, operation, zone, resourceId, tags, categories,
                    hourStart);
        }

        Context resizedTo(String newUsageType) {
            return new Context(account, service, region, newUsageType, operation, zone, resourceId, tags, categories,
                    start);
        }
    }

    /** The type-specific amounts of a line, filled by the caller. */
    private static final class Extras {
        Long savingsPlanEffectiveCost;
        Long savingsPlanNetEffectiveCost;
        Long savingsPlanTotalCommitment;
        Long savingsPlanUsedCommitment;
        Long reservationEffectiveCost;
        Long reservationNetEffectiveCost;
        Long reservationUnusedUpfront;
        Long reservationNetUnusedUpfront;
        Long reservationUnusedRecurring;
        Long reservationNetUnusedRecurring;
        String reservationArn;
        String savingsPlanArn;
    }
}
