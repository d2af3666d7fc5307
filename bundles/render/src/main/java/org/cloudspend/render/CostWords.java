package org.cloudspend.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.Granularity;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;

/**
 * How people name dimensions, filters, measures and granularities, the same words on the command line and in the HTTP
 * API's query strings; each parser's message names what it accepts.
 */
public final class CostWords {

    public static final String DIMENSIONS = "account, payer, service, region, usage-type, operation, line-item-type, resource,"
            + " tag:<key>, cost-category:<name>, customer";

    private CostWords() {
    }

    /** {@code service}, {@code usage-type}, {@code tag:environment}, {@code cost-category:team}. */
    public static GroupBy groupBy(String text) {
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
        String key = colon < 0 ? null : trimmed.substring(colon + 1);
        Dimension dimension = switch (name) {
            case "account" -> Dimension.ACCOUNT;
            case "payer" -> Dimension.PAYER;
            case "service" -> Dimension.SERVICE;
            case "region" -> Dimension.REGION;
            case "usage-type" -> Dimension.USAGE_TYPE;
            case "operation" -> Dimension.OPERATION;
            case "line-item-type", "type" -> Dimension.LINE_ITEM_TYPE;
            case "resource" -> Dimension.RESOURCE;
            case "tag" -> Dimension.TAG;
            case "cost-category" -> Dimension.COST_CATEGORY;
            case "customer" -> Dimension.CUSTOMER;
            default -> throw new IllegalArgumentException("Unknown dimension '" + text + "': use " + DIMENSIONS);
        };
        if (dimension.keyed() && (key == null || key.isEmpty())) {
            throw new IllegalArgumentException("'" + text + "' needs a key, e.g. tag:environment");
        }
        if (!dimension.keyed() && key != null) {
            throw new IllegalArgumentException("'" + text + "' takes no key; only tag: and cost-category: do");
        }
        return new GroupBy(dimension, key);
    }

    /** {@code service=AmazonEC2,AmazonS3} or {@code tag:environment=prod}. */
    public static Filter filter(String text, boolean exclude) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new IllegalArgumentException("A filter is dimension=value[,value...], e.g. service=AmazonEC2 or"
                    + " tag:environment=prod; got '" + text + "'");
        }
        Set<String> values = new LinkedHashSet<>(List.of(text.substring(equals + 1).split(",")));
        return new Filter(groupBy(text.substring(0, equals)), values, exclude);
    }

    /** The include filters, then the exclude filters; either list may be null. */
    public static List<Filter> filters(List<String> include, List<String> exclude) {
        List<Filter> filters = new ArrayList<>();
        if (include != null) {
            include.forEach(text -> filters.add(filter(text, false)));
        }
        if (exclude != null) {
            exclude.forEach(text -> filters.add(filter(text, true)));
        }
        return filters;
    }

    /** A customer's markup in percent, {@code 12.5}, or a discount, {@code -10}. */
    public static java.math.BigDecimal markup(String text) {
        try {
            return new java.math.BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--markup is a percentage such as 12.5, or -10 for a discount; got '"
                    + text + "'", e);
        }
    }

    public static CostMeasure measure(String text) {
        try {
            return CostMeasure.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown measure '" + text
                    + "': use unblended, net-unblended, amortized or net-amortized", e);
        }
    }

    /** {@code day}, {@code month} or {@code total}. */
    public static Granularity granularity(String text) {
        try {
            return Granularity.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown granularity '" + text + "': use day, month or total", e);
        }
    }
}
