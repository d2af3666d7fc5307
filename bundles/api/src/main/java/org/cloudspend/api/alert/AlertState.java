package org.cloudspend.api.alert;

/** Where an alert stands. */
public enum AlertState {
    /** The condition holds and nobody has acknowledged it. */
    OPEN,
    /** The condition holds; someone has seen it. */
    ACKNOWLEDGED,
    /** The condition no longer holds. */
    RESOLVED
}
