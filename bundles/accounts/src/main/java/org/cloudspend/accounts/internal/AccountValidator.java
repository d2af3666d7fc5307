package org.cloudspend.accounts.internal;

import static org.cloudspend.api.account.ConfigurationErrorCode.BUCKET_NOT_FOUND;
import static org.cloudspend.api.account.ConfigurationErrorCode.CONFUSED_DEPUTY_RISK;
import static org.cloudspend.api.account.ConfigurationErrorCode.INVALID_REPORT_NAME;
import static org.cloudspend.api.account.ConfigurationErrorCode.MISSING_PERMISSION;
import static org.cloudspend.api.account.ConfigurationErrorCode.PREFIX_ACCESS_DENIED;
import static org.cloudspend.api.account.ConfigurationErrorCode.ROLE_ACCESS_DENIED;
import static org.cloudspend.api.account.ConfigurationErrorCode.ROLE_EXPIRED;
import static org.cloudspend.api.account.ConfigurationErrorCode.TRUST_NOT_PROVEN;

import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.LinkedAccount;
import org.cloudspend.api.credentials.CredentialProvider;
import org.cloudspend.api.credentials.CredentialsException;
import org.cloudspend.api.credentials.VerifiedAccess;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The checks of an integration, in order: access (the role with its External ID, or the keys), that the role refuses
 * assumption WITHOUT the External ID, the export's definition in AWS, its bucket and prefix, and for a payer its
 * organization. Each check decides only its own error codes.
 */
final class AccountValidator {

    /** What validation learnt: the account with AWS's export definition, and a payer's linked accounts. */
    record Outcome(AwsAccount account, CheckResults results, List<LinkedAccount> linkedAccounts) {
    }

    /** AWS could not be asked at all (throttled, unreachable, no identity of our own): nothing is decided. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CredentialProvider credentials;
    private final ExportDirectory exports;
    private final OrganizationDirectory organizations;
    private final BucketCheck buckets;

    AccountValidator(CredentialProvider credentials, ExportDirectory exports, OrganizationDirectory organizations,
            BucketCheck buckets) {
        this.credentials = credentials;
        this.exports = exports;
        this.organizations = organizations;
        this.buckets = buckets;
    }

    Outcome validate(AwsAccount account) {
        CheckResults results = new CheckResults();
        if (account.accessType() == AccessType.LOCAL) {
            checkLocalFolder(account, results);
            return new Outcome(account, results, List.of());
        }
        Optional<VerifiedAccess> access = checkAccess(account, results);
        if (access.isEmpty()) {
            return new Outcome(account, results, List.of());
        }
        if (account.accessType() == AccessType.ROLE) {
            checkExternalIdIsRequired(account, results);
        }
        results.covers(MISSING_PERMISSION);
        AwsAccount resolved = checkExport(account, access.get(), results);
        checkBucket(resolved, access.get(), results);
        List<LinkedAccount> linked = resolved.accountType() == AccountType.PAYER
                ? checkOrganization(resolved, access.get(), results) : List.of();
        return new Outcome(resolved, results, linked);
    }

    private Optional<VerifiedAccess> checkAccess(AwsAccount account, CheckResults results) {
        results.covers(ROLE_ACCESS_DENIED, ROLE_EXPIRED);
        try {
            VerifiedAccess access = credentials.verify(account);
            if (!access.callerAccount().equals(account.awsAccountId())) {
                results.fail(ROLE_ACCESS_DENIED, "The credentials act in AWS account " + access.callerAccount()
                        + ", not in " + account.awsAccountId() + ": give the keys or role of account "
                        + account.awsAccountId());
                return Optional.empty();
            }
            results.found("Access: " + (account.accessType() == AccessType.ROLE ? "assumed " : "signed in as ")
                    + access.callerArn());
            return Optional.of(access);
        } catch (CredentialsException e) {
            results.fail(e.configurationError().orElseThrow(() -> new Unavailable("Validation of account "
                    + account.id() + " could not run: " + e.getMessage(), e)), e.getMessage());
            return Optional.empty();
        }
    }

    /** A local copy of the bucket: the folder must exist and be readable; AWS is not asked. */
    private static void checkLocalFolder(AwsAccount account, CheckResults results) {
        results.covers(BUCKET_NOT_FOUND, PREFIX_ACCESS_DENIED);
        java.nio.file.Path folder = account.export().location().localFolder();
        if (!java.nio.file.Files.isDirectory(folder)) {
            results.fail(BUCKET_NOT_FOUND, "The folder " + folder + " (the local copy of the export's bucket) does not"
                    + " exist");
        } else if (!java.nio.file.Files.isReadable(folder)) {
            results.fail(PREFIX_ACCESS_DENIED, "The folder " + folder + " cannot be read by cloudspend's user");
        } else {
            results.found("Folder: " + folder + " is readable; the export is read from it, AWS is not asked");
        }
    }

    /**
     * The role must refuse assumption without its External ID. Its trust is proven (TRUST_NOT_PROVEN cleared) only
     * when AWS refused both attempts, without one and with a wrong one, with an explicit AccessDenied.
     */
    private void checkExternalIdIsRequired(AwsAccount account, CheckResults results) {
        results.covers(CONFUSED_DEPUTY_RISK, TRUST_NOT_PROVEN);
        String roleArn = account.roleArn().orElseThrow();
        try {
            if (credentials.assumableWithoutExternalId(roleArn)) {
                results.fail(CONFUSED_DEPUTY_RISK, "The role " + roleArn + " can be assumed without its External ID"
                        + " (with none, or with any other): make its trust policy's condition {\"StringEquals\":"
                        + " {\"sts:ExternalId\": \"" + account.externalId().orElseThrow() + "\"}}"
                        + " (cloudspend:trust-policy prints it)");
            } else {
                results.found("External ID: the role refuses assumption without it and with any other");
            }
        } catch (CredentialsException e) {
            results.fail(TRUST_NOT_PROVEN, "Whether the role " + roleArn + " refuses assumption without its External"
                    + " ID could not be checked (" + e.getMessage() + "); cloudspend does not assume it until the"
                    + " check passes: cloudspend:account-validate " + account.id());
        }
    }

    private AwsAccount checkExport(AwsAccount account, VerifiedAccess access, CheckResults results) {
        results.covers(INVALID_REPORT_NAME);
        ExportDefinition requested = account.export();
        try {
            ExportDirectory.FoundExport found = exports.find(access.credentials(), requested,
                    account.awsAccountId().value());
            ExportDefinition actual = found.definition();
            results.found("Export: " + (actual.type() == org.cloudspend.api.export.ExportType.CUR2 ? "CUR 2.0 export '"
                    : "legacy report '") + actual.name() + "', " + actual.format() + ", s3://"
                    + actual.location().bucket() + "/" + actual.location().prefix() + " in "
                    + actual.location().region() + ", " + (actual.versioning() == ExportVersioning.OVERWRITE
                    ? "each delivery overwriting the last" : "a new folder per delivery") + ", status "
                    + found.status());
            if (!actual.location().equals(requested.location()) || actual.format() != requested.format()
                    || actual.versioning() != requested.versioning()) {
                results.found("Export: location, format and versioning taken from AWS (given: s3://"
                        + requested.location().bucket() + "/" + requested.location().prefix() + ", "
                        + requested.format() + ", " + requested.versioning() + ")");
            }
            if (!"HEALTHY".equals(found.status())) {
                results.found("Export: AWS reports it " + found.status() + ": check it in the Data Exports console");
            }
            return new AwsAccount(account.id(), account.displayName(), account.awsAccountId(), account.accessType(),
                    account.roleArn(), account.externalId(), account.accountType(), actual);
        } catch (ExportDirectory.NotFound e) {
            results.fail(INVALID_REPORT_NAME, e.getMessage());
        } catch (AwsApiException e) {
            failApiCall(account, "reading the export definition", e, results);
        }
        return account;
    }

    private void checkBucket(AwsAccount account, VerifiedAccess access, CheckResults results) {
        results.covers(BUCKET_NOT_FOUND, PREFIX_ACCESS_DENIED);
        var location = account.export().location();
        String where = "s3://" + location.bucket() + "/" + location.prefix();
        try {
            int keys = buckets.keysUnderPrefix(access.credentials(), location);
            results.found("Bucket: " + where + " is readable" + (keys == 0 ? ", nothing delivered under the prefix"
                    + " yet (AWS delivers within 24 hours of creating an export)" : ""));
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            switch (e.statusCode()) {
                case 404 -> results.fail(BUCKET_NOT_FOUND, "The bucket '" + location.bucket() + "' does not exist ("
                        + code + "): check the bucket name of the export");
                case 301, 400 -> results.fail(BUCKET_NOT_FOUND, "The bucket '" + location.bucket()
                        + "' is not in region " + location.region() + " (" + code + ")");
                case 403 -> results.fail(PREFIX_ACCESS_DENIED, "S3 refused to list " + where + " (" + code + "):"
                        + " the role's policy must allow s3:ListBucket and s3:GetObject on the bucket, and the bucket"
                        + " policy must not deny it");
                default -> throw new Unavailable("S3 failed listing " + where + " (HTTP " + e.statusCode() + " " + code
                        + "): try again later", e);
            }
        } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
            throw new Unavailable("S3 could not be reached to list " + where + ": " + e.getMessage(), e);
        }
    }

    private List<LinkedAccount> checkOrganization(AwsAccount account, VerifiedAccess access, CheckResults results) {
        try {
            var organization = organizations.organizationOf(access.credentials(), account.awsAccountId());
            if (organization.isEmpty()) {
                results.found("Organization: none; the export covers this account only");
                return List.of();
            }
            if (!organization.get().managementAccount().equals(account.awsAccountId())) {
                results.found("Organization: managed by " + organization.get().managementAccount() + ", not by this"
                        + " account: integrate it as a linked account, or integrate the management account as payer");
                return List.of();
            }
            results.found("Organization: management account of " + organization.get().members().size()
                    + " accounts");
            return organization.get().members();
        } catch (AwsApiException e) {
            failApiCall(account, "reading the organization", e, results);
            return List.of();
        }
    }

    private static void failApiCall(AwsAccount account, String what, AwsApiException e, CheckResults results) {
        if (e.isAccessDenied()) {
            results.fail(MISSING_PERMISSION, "AWS refused " + what + " (" + e.getMessage() + ")");
        } else if (e.isExpiredOrInvalidToken()) {
            results.fail(ROLE_EXPIRED, "AWS refused the credentials while " + what + " (" + e.code() + ")");
        } else {
            throw new Unavailable("Validation of account " + account.id() + " could not finish " + what + ": "
                    + e.getMessage(), e);
        }
    }
}
