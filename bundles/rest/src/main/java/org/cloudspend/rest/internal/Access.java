package org.cloudspend.rest.internal;

/** Who may call a route. */
enum Access {
    /** Any cloudspend user, a customer user included (the route scopes its answer to the caller). */
    ANY_ROLE,
    /** Viewers and administrators: every cost, account (without secrets), load and error. */
    VIEWER,
    /** Administrators: changes, and what lets someone change AWS trust (External IDs). */
    ADMIN
}
