package org.cloudspend.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One resource running from one hour of the month to another, as one usage type under one pricing: what a real
 * month's hourly line items come from.
 *
 * @param draw the line item draw of {@link LineItemFactory} its hours take: Savings Plan covered, reserved or usage
 * @param from the first hour it runs, counted from the month's start
 * @param to the hour it stops (exclusive)
 */
record ResourceRun(int resource, LineItemFactory.Context context, int draw, int from, int to) {

    private static final int SAVINGS_PLAN = 0;
    private static final int RESERVED = 60;
    private static final int ON_DEMAND = 999;

    /**
     * A resource's runs: three in four run all month; the others start or stop mid-month, or are resized (another
     * usage type from that hour on, so two runs).
     */
    static List<ResourceRun> of(int resource, LineItemFactory.Context context, int hours, SplittableRandom stable) {
        int pricing = stable.nextInt(1000);
        int draw = pricing < 60 ? SAVINGS_PLAN : pricing < 110 ? RESERVED : ON_DEMAND;
        int life = stable.nextInt(100);
        int hour = stable.nextInt(hours);
        if (life < 75 || hours < 2) {
            return List.of(new ResourceRun(resource, context, draw, 0, hours));
        }
        if (life < 85) {
            return List.of(new ResourceRun(resource, context, draw, hour, hours));
        }
        if (life < 95) {
            return List.of(new ResourceRun(resource, context, draw, 0, Math.max(1, hour)));
        }
        List<String> types = context.service().usageTypes();
        String resized = types.get((types.indexOf(context.usageType()) + 1) % types.size());
        int at = Math.max(1, hour);
        return List.of(new ResourceRun(resource, context, draw, 0, at),
                new ResourceRun(resource, context.resizedTo(resized), draw, at, hours));
    }

    int hours() {
        return to - from;
    }

    boolean covers(int hour) {
        return hour >= from && hour < to;
    }

    /** A Savings Plan covered hour is two line items: the usage and its negation. */
    int linesAnHour() {
        return draw == SAVINGS_PLAN ? 2 : 1;
    }
}
