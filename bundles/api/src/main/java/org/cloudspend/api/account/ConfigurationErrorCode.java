package org.cloudspend.api.account;

/** What is wrong with an account's configuration, each with the fix a person can act on. */
public enum ConfigurationErrorCode {
    INVALID_REPORT_NAME("No export or report of that name exists in the account: check the name in Data Exports."),
    ROLE_ACCESS_DENIED("The role cannot be assumed: check the role ARN and that its trust policy names cloudspend's account."),
    ROLE_EXPIRED("The credentials expired or were revoked: renew the keys or switch to a role."),
    EXTERNAL_ID_MISMATCH("The role refused the External ID: put the one cloudspend shows into the trust policy."),
    CONFUSED_DEPUTY_RISK("The role can be assumed WITHOUT the External ID: add the sts:ExternalId condition."),
    MISSING_PERMISSION("AWS refused an action the integration needs: attach the policy cloudspend:policy prints."),
    BUCKET_NOT_FOUND("The export's S3 bucket does not exist or is in another region."),
    PREFIX_ACCESS_DENIED("The role may not list or read the export's prefix: check the policy's s3:Get*/List* actions."),
    NO_DELIVERY("No delivery arrived for too long: check the export is active and delivering."),
    UNREADABLE_FILE("A delivered file could not be read: it is corrupt, truncated or of an unexpected format."),
    UNEXPECTED_ACCOUNT("A delivered file holds costs of another account or billing period: check that the bucket and prefix hold this account's own export."),
    TRUST_NOT_PROVEN("The role's access has not passed validation: fix what it found, then run cloudspend:account-validate.");

    private final String remedy;

    ConfigurationErrorCode(String remedy) {
        this.remedy = remedy;
    }

    /**
     * Whether an account with this error keeps its role unassumed: its trust is not proven (the External ID was
     * refused or never checked, or the role accepts assumption without it) until a validation passes.
     */
    public boolean withholdsRole() {
        return this == TRUST_NOT_PROVEN || this == EXTERNAL_ID_MISMATCH || this == CONFUSED_DEPUTY_RISK;
    }

    /** What to do about it, in one sentence. */
    public String remedy() {
        return remedy;
    }
}
