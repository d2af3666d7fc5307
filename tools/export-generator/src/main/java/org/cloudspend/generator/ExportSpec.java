package org.cloudspend.generator;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: one billing period of one export, deterministic for a seed.
 *
 * @param family legacy CUR or CUR 2.0
 * @param parquet Parquet files, else gzip CSV
 * @param period the billing period
 * @param lineItems how many line items (Savings Plan negations included)
 * @param linkedAccounts linked (usage) accounts beside the payer
 * @param name the report or export name
 * @param prefix the S3 prefix, empty for none
 * @param rowsPerFile at most this many line items per data file
 * @param netColumns whether the account has discounts, so that the export carries the net columns
 * @param seed the seed: the same spec writes the same files
 * @param usageDays how many days from the first of the month the usage covers (a month still under way); 0 for all
 * @param payer the payer account, in every line item
 * @param linkedAccount for a linked account's own export, that account: the only usage account; empty for a payer's
 * @param shape how line items fall on hours and resources
 */
public record ExportSpec(
        Family family,
        boolean parquet,
        YearMonth period,
        long lineItems,
        int linkedAccounts,
        String name,
        String prefix,
        long rowsPerFile,
        boolean netColumns,
        long seed,
        int usageDays,
        String payer,
        String linkedAccount,
        Shape shape) {

    /** The payer when none is named (the demo account's). */
    public static final String DEFAULT_PAYER = "100000000000";

    /** The two export families. */
    public enum Family { LEGACY, CUR2 }

    /**
     * How line items fall on hours and resources. {@code REAL}: as AWS bills, each resource one line item per hour it
     * runs, 10-25 line items a daily fact (what the generator's command and the demo make). {@code SCATTERED}: each
     * line item a random resource and hour, 1.6 line items a fact at 5,000,000: the worst case for summing line items,
     * and what small test exports need to cover every account, service and line item type in a few hundred lines.
     */
    public enum Shape { REAL, SCATTERED }

    public ExportSpec {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(name, "name");
        prefix = prefix == null ? "" : prefix;
        Objects.requireNonNull(payer, "payer");
        linkedAccount = linkedAccount == null ? "" : linkedAccount;
        Objects.requireNonNull(shape, "shape");
        if (lineItems < 1 || linkedAccounts < 0 || rowsPerFile < 1 || usageDays < 0) {
            throw new IllegalArgumentException("line items and rows per file are positive, linked accounts not negative");
        }
    }

    /** A small export of the given family and format with sensible defaults, its line items scattered. */
    public static ExportSpec of(Family family, boolean parquet, YearMonth period, long lineItems, long seed) {
        return new ExportSpec(family, parquet, period, lineItems, 4, family == Family.LEGACY ? "daily" : "costs",
                "exports", Math.max(1, (lineItems + 2) / 3), family == Family.CUR2, seed, 0, DEFAULT_PAYER, "",
                Shape.SCATTERED);
    }

    public ExportSpec withName(String newName) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, newName, prefix, rowsPerFile,
                netColumns, seed, usageDays, payer, linkedAccount, shape);
    }

    public ExportSpec withPrefix(String newPrefix) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, newPrefix, rowsPerFile,
                netColumns, seed, usageDays, payer, linkedAccount, shape);
    }

    public ExportSpec withRowsPerFile(long rows) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, prefix, rows, netColumns, seed,
                usageDays, payer, linkedAccount, shape);
    }

    public ExportSpec withNetColumns(boolean net) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, prefix, rowsPerFile, net, seed,
                usageDays, payer, linkedAccount, shape);
    }

    /** Usage only in the first {@code days} days of the month, as in a month still under way. */
    public ExportSpec withUsageDays(int days) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, prefix, rowsPerFile,
                netColumns, seed, days, payer, linkedAccount, shape);
    }

    /** How many hours of the month carry usage. */
    public int usageHours() {
        int days = period.lengthOfMonth();
        return 24 * (usageDays == 0 ? days : Math.min(usageDays, days));
    }

    public ExportSpec withShape(Shape newShape) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, prefix, rowsPerFile,
                netColumns, seed, usageDays, payer, linkedAccount, newShape);
    }

    public ExportSpec withSeed(long newSeed) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, prefix, rowsPerFile,
                netColumns, newSeed, usageDays, payer, linkedAccount, shape);
    }

    /** Line items under this payer account. */
    public ExportSpec withPayer(String payerAccount) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, prefix, rowsPerFile,
                netColumns, seed, usageDays, payerAccount, linkedAccount, shape);
    }

    /** The export a linked account makes for itself: its own usage only, under its payer. */
    public ExportSpec ofLinkedAccount(String account) {
        return new ExportSpec(family, parquet, period, lineItems, linkedAccounts, name, prefix, rowsPerFile,
                netColumns, seed, usageDays, payer, account, shape);
    }
}
