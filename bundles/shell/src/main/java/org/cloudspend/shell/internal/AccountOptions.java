package org.cloudspend.shell.internal;

import java.util.Locale;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.RoleArn;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.credentials.AccessKeys;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;

/**
 * The settings of an account, shared by account-add and account-edit: each option given replaces that setting. The
 * secret access key is never an argument value: Karaf names a command's thread after its whole line, and the name
 * reaches the log. It is asked for without echo, or read from a file on the server.
 */
abstract class AccountOptions extends CloudspendCommand {

    @Option(name = "-n", aliases = "--name", description = "Display name")
    String name;

    @Option(name = "--role-arn", description = "The IAM role cloudspend assumes (recommended access)")
    String roleArn;

    @Option(name = "--external-id", description = "The External ID of the pending integration the role trusts")
    String externalId;

    @Option(name = "--pending", description = "Takes the External ID of this pending integration")
    String pending;

    @Option(name = "--access-key-id", description = "IAM-user access (existing integrations only): the key id")
    String accessKeyId;

    @Option(name = "--secret-access-key-file", description = "IAM-user access: a file on this server holding the secret"
            + " access key alone (for scripts); without it, the secret is asked for without echo")
    String secretAccessKeyFile;

    @Option(name = "--local-folder", description = "No AWS access: read the export from this local copy of its"
            + " bucket (relative paths are under Karaf's base folder)")
    String localFolder;

    @Option(name = "--account-number", description = "The 12-digit AWS account id (taken from the role ARN for role"
            + " access)")
    String accountNumber;

    @Option(name = "-t", aliases = "--account-type", description = "payer (management account) or linked")
    @Completion(value = StringsCompleter.class, values = {"payer", "linked"})
    String accountType;

    @Option(name = "--export-type", description = "cur2 (Data Exports, default) or legacy (Cost and Usage Report)")
    @Completion(value = StringsCompleter.class, values = {"cur2", "legacy"})
    String exportType;

    @Option(name = "-x", aliases = "--export-name", description = "The export's (or report's) name in AWS")
    String exportName;

    @Option(name = "--format", description = "parquet or csv; validation takes it from AWS")
    @Completion(value = StringsCompleter.class, values = {"parquet", "csv"})
    String format;

    @Option(name = "-b", aliases = "--bucket", description = "The export's S3 bucket; validation takes it from AWS")
    String bucket;

    @Option(name = "--prefix", description = "The export's S3 prefix; validation takes it from AWS")
    String prefix;

    @Option(name = "--region", description = "The bucket's region; validation takes it from AWS")
    String region;

    @Reference
    AccountIntegrationService integration;

    @Reference
    Session session;

    /** The account with the given options applied over {@code base} (null for a new account). */
    AwsAccount account(String id, AwsAccount base) {
        if ((roleArn != null ? 1 : 0) + (accessKeyId != null ? 1 : 0) + (localFolder != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("Give one of --role-arn (a role), --access-key-id (an IAM user) or"
                    + " --local-folder (a local copy of the bucket)");
        }
        AccessType access = roleArn != null ? AccessType.ROLE : accessKeyId != null ? AccessType.USER
                : localFolder != null ? AccessType.LOCAL : base != null ? base.accessType() : null;
        if (access == null) {
            throw new IllegalArgumentException("Give --role-arn (recommended; start with cloudspend:external-id) or,"
                    + " for an existing IAM-user integration, --access-key-id");
        }
        Optional<String> role = access == AccessType.ROLE
                ? Optional.of(roleArn != null ? roleArn : base.roleArn().orElseThrow(() ->
                        new IllegalArgumentException("Switching to a role needs --role-arn and --external-id")))
                : Optional.empty();
        Optional<ExternalId> external = access == AccessType.ROLE ? Optional.of(externalId(base)) : Optional.empty();
        AwsAccountId number = accountNumber != null ? new AwsAccountId(accountNumber)
                : role.isPresent() ? RoleArn.parse(role.get()).accountId()
                : base != null ? base.awsAccountId() : null;
        if (number == null) {
            throw new IllegalArgumentException("Without a role, --account-number (the 12-digit AWS account id) is"
                    + " needed");
        }
        ExportDefinition export = export(base);
        String displayName = name != null ? name : base != null ? base.displayName() : required("--name");
        AccountType type = accountType != null ? AccountType.valueOf(accountType.toUpperCase(Locale.ROOT))
                : base != null ? base.accountType() : AccountType.PAYER;
        return new AwsAccount(id, displayName, number, access, role, external, type, export);
    }

    private ExternalId externalId(AwsAccount base) {
        if (externalId != null) {
            return new ExternalId(externalId);
        }
        if (pending != null) {
            return PendingChoice.externalId(integration, null, pending);
        }
        if (base != null && base.externalId().isPresent()) {
            return base.externalId().get();
        }
        throw new IllegalArgumentException("Role access needs --external-id (or --pending): the one"
                + " cloudspend:external-id gave for the role's trust policy");
    }

    private ExportDefinition export(AwsAccount base) {
        ExportDefinition was = base == null ? null : base.export();
        ExportType type = exportType != null ? ("legacy".equalsIgnoreCase(exportType) ? ExportType.LEGACY
                : ExportType.CUR2) : was != null ? was.type() : ExportType.CUR2;
        ExportFormat exportFormat = format != null ? ("csv".equalsIgnoreCase(format) ? ExportFormat.CSV_GZIP
                : ExportFormat.PARQUET) : was != null ? was.format() : ExportFormat.PARQUET;
        String exportNameValue = exportName != null ? exportName : was != null ? was.name() : required("--export-name");
        S3Location location = new S3Location(
                localFolder != null ? localFolder
                        : bucket != null ? bucket : was != null ? was.location().bucket() : required("--bucket"),
                prefix != null ? prefix : was != null ? was.location().prefix() : "",
                region != null ? region : was != null ? was.location().region() : "us-east-1");
        ExportVersioning versioning = was != null && was.type() == type ? was.versioning()
                : ExportVersioning.defaultFor(type);
        return new ExportDefinition(type, exportNameValue, exportFormat, location, versioning);
    }

    /** The keys given on this command line, asking for the secret when only the key id was given. */
    Optional<AccessKeys> accessKeys() throws java.io.IOException {
        if (accessKeyId == null) {
            return Optional.empty();
        }
        String secret = secretAccessKeyFile != null ? secretFromFile(java.nio.file.Path.of(secretAccessKeyFile))
                : session.readLine("Secret access key: ", '*');
        return Optional.of(new AccessKeys(accessKeyId.trim(), secret.trim()));
    }

    /** The secret a file holds: its one line. */
    static String secretFromFile(java.nio.file.Path file) throws java.io.IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No file at " + file.toAbsolutePath() + " (--secret-access-key-file)");
        }
        String secret = java.nio.file.Files.readString(file).strip();
        if (secret.isEmpty() || secret.contains("\n")) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " must hold the secret access key alone, on one"
                    + " line");
        }
        return secret;
    }

    private static String required(String option) {
        throw new IllegalArgumentException(option + " is required");
    }
}
