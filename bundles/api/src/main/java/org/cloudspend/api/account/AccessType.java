package org.cloudspend.api.account;

/** How cloudspend reaches an AWS account. */
public enum AccessType {
    /** A cross-account IAM role assumed with an External ID: recommended, no long-lived secret is shared. */
    ROLE,
    /** Access keys of an IAM user: kept for existing integrations only, which can switch to a role. */
    USER
}
