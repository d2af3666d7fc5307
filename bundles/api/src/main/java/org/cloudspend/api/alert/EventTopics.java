package org.cloudspend.api.alert;

/**
 * The topics cloudspend posts on OSGi Event Admin, the platform's bus. Every property is a String, a BigDecimal (exact
 * amounts), a Long or a Boolean.
 */
public final class EventTopics {

    /** A load committed: a period's costs replaced, or an account's costs purged. */
    public static final String LOAD_COMMITTED = "org/cloudspend/load/COMMITTED";
    /** An account's configuration error found where there was none (properties {@code account}, {@code code}, ...). */
    public static final String ERROR_RAISED = "org/cloudspend/error/RAISED";
    /** An account's configuration error no longer found (its check passed, the account went). */
    public static final String ERROR_CLEARED = "org/cloudspend/error/CLEARED";
    /** An alert raised: this prefix and its {@link AlertKind}, e.g. {@code org/cloudspend/alert/BUDGET}. */
    public static final String ALERT = "org/cloudspend/alert/";
    /** The suffix of an alert's topic when it is resolved: {@code org/cloudspend/alert/BUDGET/RESOLVED}. */
    public static final String RESOLVED = "/RESOLVED";

    private EventTopics() {
    }

    /** The topic of an alert of this kind being raised or, when {@code resolved}, resolved. */
    public static String alert(AlertKind kind, boolean resolved) {
        return ALERT + kind.name() + (resolved ? RESOLVED : "");
    }
}
