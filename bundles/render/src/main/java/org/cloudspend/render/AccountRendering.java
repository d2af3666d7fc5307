package org.cloudspend.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.export.ExportType;

/** The integrated accounts, without a secret: keys are never part of an account's rendering. */
public final class AccountRendering {

    private AccountRendering() {
    }

    /** @param errorCounts how many configuration errors each account has, by id */
    public static Rendering of(List<AwsAccount> accounts, Map<String, Integer> errorCounts) {
        Rendering rendering = new Rendering(List.of(
                Column.of("id", "Id", Column.Kind.TEXT),
                Column.of("name", "Name", Column.Kind.TEXT),
                Column.of("awsAccountId", "AWS account", Column.Kind.TEXT),
                Column.of("accountType", "Type", Column.Kind.TEXT),
                Column.of("access", "Access", Column.Kind.TEXT),
                Column.of("export", "Export", Column.Kind.TEXT),
                Column.of("location", "Location", Column.Kind.TEXT),
                Column.of("errors", "Errors", Column.Kind.COUNT)))
                .whenEmpty("No accounts yet: cloudspend:external-id starts an integration.");
        for (AwsAccount account : accounts) {
            rendering.row(account.id(), account.displayName(), account.awsAccountId().value(),
                    account.accountType().name().toLowerCase(Locale.ROOT),
                    account.accessType().name().toLowerCase(Locale.ROOT), export(account), location(account),
                    errorCounts.getOrDefault(account.id(), 0));
        }
        return rendering;
    }

    /** {@code CUR 2.0 daily-costs}, {@code legacy CUR hourly}. */
    public static String export(AwsAccount account) {
        return (account.export().type() == ExportType.CUR2 ? "CUR 2.0 " : "legacy CUR ") + account.export().name();
    }

    /** {@code s3://bucket/prefix (region)}, or the local folder of a local copy. */
    public static String location(AwsAccount account) {
        S3Location location = account.export().location();
        if (account.accessType() == AccessType.LOCAL) {
            return location.localFolder() + (location.prefix().isEmpty() ? "" : "/" + location.prefix());
        }
        return "s3://" + location.bucket() + "/" + location.prefix() + " (" + location.region() + ")";
    }
}
