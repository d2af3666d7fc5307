package org.cloudspend.cur.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.ExportType;

/**
 * What the S3 key of a manifest says, in every layout AWS uses (the one place these patterns are written):
 * <pre>
 * CUR 2.0          [prefix/]export/metadata/BILLING_PERIOD=2024-01/[execution/]export-Manifest.json
 * legacy CSV       [prefix/]report/20240101-20240201/report-Manifest.json            (the newest delivery's copy)
 *                  [prefix/]report/20240101-20240201/assemblyId/report-Manifest.json
 * legacy Parquet   [prefix/]report/report/year=2024/month=1/report-Manifest.json
 * </pre>
 *
 * @param type the export family
 * @param exportName the report or export name
 * @param prefix what comes before it, without slashes at either end
 * @param period the billing period
 * @param periodCopy whether this is the legacy period-level copy that AWS overwrites with every delivery
 */
record ManifestKey(ExportType type, String exportName, String prefix, BillingPeriod period, boolean periodCopy) {

    private static final String SUFFIX = "-Manifest.json";

    static Optional<ManifestKey> parse(String key) {
        String[] s = key.split("/");
        int n = s.length;
        if (n < 3 || !s[n - 1].endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String name = s[n - 1].substring(0, s[n - 1].length() - SUFFIX.length());
        for (int depth = 2; depth <= 3; depth++) {
            int i = n - depth;
            if (i >= 2 && s[i].startsWith("BILLING_PERIOD=") && s[i - 1].equals("metadata") && s[i - 2].equals(name)) {
                BillingPeriod period = month(s[i].substring("BILLING_PERIOD=".length()));
                if (period != null) {
                    return Optional.of(new ManifestKey(ExportType.CUR2, name, join(s, i - 2), period, false));
                }
            }
        }
        if (n >= 5 && s[n - 2].startsWith("month=") && s[n - 3].startsWith("year=") && s[n - 4].equals(name)
                && s[n - 5].equals(name)) {
            BillingPeriod period = yearMonth(s[n - 3].substring(5), s[n - 2].substring(6));
            if (period != null) {
                return Optional.of(new ManifestKey(ExportType.LEGACY, name, join(s, n - 5), period, false));
            }
        }
        if (s[n - 3].equals(name)) {
            BillingPeriod period = legacyRange(s[n - 2]);
            if (period != null) {
                return Optional.of(new ManifestKey(ExportType.LEGACY, name, join(s, n - 3), period, true));
            }
        }
        if (n >= 4 && s[n - 4].equals(name)) {
            BillingPeriod period = legacyRange(s[n - 3]);
            if (period != null) {
                return Optional.of(new ManifestKey(ExportType.LEGACY, name, join(s, n - 4), period, false));
            }
        }
        return Optional.empty();
    }

    private static String join(String[] segments, int end) {
        return String.join("/", Arrays.copyOfRange(segments, 0, end));
    }

    private static BillingPeriod month(String text) {
        try {
            return new BillingPeriod(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BillingPeriod yearMonth(String year, String month) {
        try {
            return BillingPeriod.of(Integer.parseInt(year), Integer.parseInt(month));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BillingPeriod legacyRange(String text) {
        try {
            return BillingPeriod.parseLegacyRange(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
