package org.cloudspend.api.account;

/** Where an account stands in AWS Organizations consolidated billing. */
public enum AccountType {
    /** The management (payer) account: its export covers every linked account of the organization. */
    PAYER,
    /** A member (linked) account with an export of its own. */
    LINKED
}
