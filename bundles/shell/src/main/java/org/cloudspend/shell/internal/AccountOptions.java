package org.cloudspend.shell.internal;

import java.util.Locale;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.AccountSettings;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.credentials.AccessKeys;

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
        return new AccountSettings(name, roleArn, externalId, pending, accessKeyId, localFolder, accountNumber,
                accountType, exportType, exportName, format, bucket, prefix, region)
                .applyTo(id, base, pendingId -> PendingChoice.externalId(integration, null, pendingId),
                        AccountOptions::option);
    }

    /** A setting's option: {@code roleArn} is {@code --role-arn}. */
    static String option(String setting) {
        return "--" + setting.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
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
}
