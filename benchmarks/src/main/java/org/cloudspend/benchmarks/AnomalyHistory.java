package org.cloudspend.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.Money;

/**
 * A daily cost history of many monitored values (services) with what makes real bills hard to watch: a level of its
 * own for each (20 to 2,000 a day), a weekly rhythm (quieter weekends for most), noise of 5 % a day, fees on the first
 * of each month, tax on the last day, and injected anomalies of known size (the ground truth): one-day spikes, steps
 * to a new level, and services that start mid-history.
 */
final class AnomalyHistory {

    enum Kind { SPIKE, STEP, NEW_SERVICE }

    /** An injected change: from {@code day} on, {@code value} costs {@code perDay} more a day (a spike: that day). */
    record Injected(String value, Kind kind, LocalDate day, BigDecimal perDay, BigDecimal percent) {
    }

    /** One value's cost on one day, of one line item type. */
    record Cost(String value, LocalDate day, String lineItemType, BigDecimal amount) {
    }

    final List<Cost> costs = new ArrayList<>();
    final List<Injected> injected = new ArrayList<>();
    final LocalDate first;
    final int days;
    final int values;

    AnomalyHistory(int values, LocalDate first, int days, long seed) {
        this.first = first;
        this.days = days;
        this.values = values;
        Random random = new Random(seed);
        for (int v = 0; v < values; v++) {
            String value = String.format("svc-%04d", v);
            double level = 20 * Math.pow(100, random.nextDouble());
            double weekend = random.nextDouble() < 0.7 ? 0.4 + 0.5 * random.nextDouble() : 1.0;
            boolean fees = random.nextDouble() < 0.2;
            LocalDate start = first;
            Kind kind = null;
            LocalDate changeDay = null;
            double factor = 1;
            double draw = random.nextDouble();
            // changes land after the first five weeks, so that every one has a full baseline before it
            if (draw < 0.10) {
                kind = Kind.SPIKE;
                factor = 1.3 + 1.7 * random.nextDouble();
            } else if (draw < 0.18) {
                kind = Kind.STEP;
                factor = 1.3 + 0.7 * random.nextDouble();
            } else if (draw < 0.22) {
                kind = Kind.NEW_SERVICE;
            }
            if (kind != null) {
                changeDay = first.plusDays(35 + random.nextInt(days - 42));
                BigDecimal perDay = kind == Kind.NEW_SERVICE ? money(level)
                        : money(level * (factor - 1) * (isWeekend(changeDay) ? weekend : 1));
                injected.add(new Injected(value, kind, changeDay, perDay,
                        BigDecimal.valueOf(Math.round((factor - 1) * 1000) / 10.0)));
                if (kind == Kind.NEW_SERVICE) {
                    start = changeDay;
                }
            }
            for (LocalDate day = start; day.isBefore(first.plusDays(days)); day = day.plusDays(1)) {
                double cost = level * (isWeekend(day) ? weekend : 1) * (1 + 0.05 * random.nextGaussian());
                if (kind == Kind.SPIKE && day.equals(changeDay) || kind == Kind.STEP && !day.isBefore(changeDay)) {
                    cost *= factor;
                }
                costs.add(new Cost(value, day, "Usage", money(Math.max(cost, 0.01))));
                if (fees && day.getDayOfMonth() == 1) {
                    costs.add(new Cost(value, day, "Fee", money(level * 10)));
                }
                if (day.equals(day.withDayOfMonth(day.lengthOfMonth()))) {
                    costs.add(new Cost(value, day, "Tax", money(level * 30 * 0.08)));
                }
            }
        }
    }

    /** The line items of one month, as a load takes them; {@code restated}: AWS's second delivery, 1 % off on some days. */
    List<LineItem> month(BillingPeriod period, boolean restated) {
        Random random = new Random(period.toString().hashCode());
        List<LineItem> items = new ArrayList<>();
        for (Cost cost : costs) {
            if (period.month().equals(java.time.YearMonth.from(cost.day()))) {
                BigDecimal amount = restated && random.nextDouble() < 0.05
                        ? cost.amount().multiply(new BigDecimal("1.01")).setScale(2, RoundingMode.HALF_UP)
                        : cost.amount();
                items.add(item(period, cost, amount));
            }
        }
        return items;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static LineItem item(BillingPeriod period, Cost cost, BigDecimal amount) {
        long scaled = Money.toScaled(amount);
        Instant start = cost.day().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new LineItem() {
            @Override public BillingPeriod billingPeriod() { return period; }
            @Override public String payerAccountId() { return "111111111111"; }
            @Override public String usageAccountId() { return "222222222222"; }
            @Override public String lineItemType() { return cost.lineItemType(); }
            @Override public Instant usageStart() { return start; }
            @Override public Instant usageEnd() { return start.plusSeconds(3600); }
            @Override public String productCode() { return cost.value(); }
            @Override public String region() { return "us-east-1"; }
            @Override public String availabilityZone() { return ""; }
            @Override public String usageType() { return cost.lineItemType() + "-units"; }
            @Override public String operation() { return ""; }
            @Override public String resourceId() { return ""; }
            @Override public BigDecimal usageAmount() { return BigDecimal.ONE; }
            @Override public String currency() { return "USD"; }
            @Override public long costScaled(CostMeasure measure) { return scaled; }
            @Override public boolean netMeasuresPresent() { return false; }
            @Override public Map<String, String> tags() { return Map.of(); }
            @Override public Map<String, String> costCategories() { return Map.of(); }
        };
    }
}
