package org.cloudspend.api.account;

/** How cloudspend reaches an AWS account. */
public enum AccessType {
    /** A cross-account IAM role assumed with an External ID: recommended, no long-lived secret is shared. */
    ROLE,
    /** Access keys of an IAM user: kept for existing integrations only, which can switch to a role. */
    USER,
    /**
     * No AWS access: the export is read from a local copy of its bucket (an on-premises copy, the demo). The export
     * location's bucket is then that folder.
     */
    LOCAL
}
