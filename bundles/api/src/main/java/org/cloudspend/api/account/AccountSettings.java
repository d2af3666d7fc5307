package org.cloudspend.api.account;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;

/**
 * The settings someone gives to integrate an account or to change one, as typed (the shell's options, the HTTP API's
 * JSON fields): a null setting keeps what the account has, or takes the default for a new account. One place turns
 * them into an {@link AwsAccount}, so that every way in checks them alike.
 *
 * @param name the display name
 * @param roleArn the IAM role cloudspend assumes
 * @param externalId the External ID the role trusts
 * @param pending the pending integration whose External ID the role trusts, instead of {@code externalId}
 * @param accessKeyId IAM-user access (existing integrations only): the key id
 * @param localFolder no AWS access: the local copy of the export's bucket
 * @param accountNumber the 12-digit AWS account id (a role's ARN names it)
 * @param accountType {@code payer} or {@code linked}
 * @param exportType {@code cur2} or {@code legacy}
 * @param exportName the export's (or report's) name in AWS
 * @param format {@code parquet} or {@code csv}
 * @param bucket the export's S3 bucket
 * @param prefix the export's S3 prefix
 * @param region the bucket's region
 */
public record AccountSettings(String name, String roleArn, String externalId, String pending, String accessKeyId,
        String localFolder, String accountNumber, String accountType, String exportType, String exportName,
        String format, String bucket, String prefix, String region) {

    /**
     * The account these settings make of {@code base} (null for a new account).
     *
     * @param pendingExternalId the External ID of a pending integration, by its id; refuses an unknown one
     * @param named how the caller names a setting in a message ({@code roleArn} is {@code --role-arn} in the shell)
     * @throws IllegalArgumentException naming the setting that is missing, conflicting or malformed
     */
    public AwsAccount applyTo(String id, AwsAccount base, Function<String, ExternalId> pendingExternalId,
            UnaryOperator<String> named) {
        if ((roleArn != null ? 1 : 0) + (accessKeyId != null ? 1 : 0) + (localFolder != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("Give one of " + named.apply("roleArn") + " (a role), "
                    + named.apply("accessKeyId") + " (an IAM user) or " + named.apply("localFolder")
                    + " (a local copy of the bucket)");
        }
        AccessType access = roleArn != null ? AccessType.ROLE : accessKeyId != null ? AccessType.USER
                : localFolder != null ? AccessType.LOCAL : base != null ? base.accessType() : null;
        if (access == null) {
            throw new IllegalArgumentException("Give " + named.apply("roleArn") + " (recommended; start with an External"
                    + " ID) or, for an existing IAM-user integration, " + named.apply("accessKeyId"));
        }
        Optional<String> role = access == AccessType.ROLE
                ? Optional.of(roleArn != null ? roleArn : base.roleArn().orElseThrow(() ->
                        new IllegalArgumentException("Switching to a role needs " + named.apply("roleArn") + " and "
                                + named.apply("externalId"))))
                : Optional.empty();
        Optional<ExternalId> external = access == AccessType.ROLE
                ? Optional.of(externalId(base, pendingExternalId, named)) : Optional.empty();
        AwsAccountId number = accountNumber != null ? new AwsAccountId(accountNumber)
                : role.isPresent() ? RoleArn.parse(role.get()).accountId()
                : base != null ? base.awsAccountId() : null;
        if (number == null) {
            throw new IllegalArgumentException("Without a role, " + named.apply("accountNumber")
                    + " (the 12-digit AWS account id) is needed");
        }
        ExportDefinition export = export(base, named);
        String displayName = name != null ? name : base != null ? base.displayName() : required(named, "name");
        AccountType type = accountType != null ? choice(AccountType.class, accountType, named, "accountType")
                : base != null ? base.accountType() : AccountType.PAYER;
        return new AwsAccount(id, displayName, number, access, role, external, type, export);
    }

    private ExternalId externalId(AwsAccount base, Function<String, ExternalId> pendingExternalId,
            UnaryOperator<String> named) {
        if (externalId != null) {
            return new ExternalId(externalId);
        }
        if (pending != null) {
            return pendingExternalId.apply(pending);
        }
        if (base != null && base.externalId().isPresent()) {
            return base.externalId().get();
        }
        throw new IllegalArgumentException("Role access needs " + named.apply("externalId") + " (or "
                + named.apply("pending") + "): the one issued for the role's trust policy");
    }

    private ExportDefinition export(AwsAccount base, UnaryOperator<String> named) {
        ExportDefinition was = base == null ? null : base.export();
        ExportType type = exportType != null ? ("legacy".equalsIgnoreCase(exportType.trim()) ? ExportType.LEGACY
                : "cur2".equalsIgnoreCase(exportType.trim()) ? ExportType.CUR2
                : unknown(named, "exportType", exportType, "cur2 or legacy"))
                : was != null ? was.type() : ExportType.CUR2;
        ExportFormat exportFormat = format != null ? ("csv".equalsIgnoreCase(format.trim()) ? ExportFormat.CSV_GZIP
                : "parquet".equalsIgnoreCase(format.trim()) ? ExportFormat.PARQUET
                : unknown(named, "format", format, "parquet or csv"))
                : was != null ? was.format() : ExportFormat.PARQUET;
        String exportNameValue = exportName != null ? exportName
                : was != null ? was.name() : required(named, "exportName");
        S3Location location = new S3Location(
                localFolder != null ? localFolder
                        : bucket != null ? bucket : was != null ? was.location().bucket() : required(named, "bucket"),
                prefix != null ? prefix : was != null ? was.location().prefix() : "",
                region != null ? region : was != null ? was.location().region() : "us-east-1");
        ExportVersioning versioning = was != null && was.type() == type ? was.versioning()
                : ExportVersioning.defaultFor(type);
        return new ExportDefinition(type, exportNameValue, exportFormat, location, versioning);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, UnaryOperator<String> named,
            String setting) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return unknown(named, setting, text, "payer or linked");
        }
    }

    private static <T> T unknown(UnaryOperator<String> named, String setting, String text, String choices) {
        throw new IllegalArgumentException(named.apply(setting) + " is " + choices + ", not '" + text + "'");
    }

    private static <T> T required(UnaryOperator<String> named, String setting) {
        throw new IllegalArgumentException(named.apply(setting) + " is required");
    }
}
