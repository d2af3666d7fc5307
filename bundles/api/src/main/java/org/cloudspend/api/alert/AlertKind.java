package org.cloudspend.api.alert;

/** What raises alerts; each kind is a topic under {@code org/cloudspend/alert/} on the event bus. */
public enum AlertKind {
    /** A budget's threshold reached by the spend or the forecast. */
    BUDGET("b-"),
    /** A day's cost well above its baseline. */
    ANOMALY("a-");

    private final String prefix;

    AlertKind(String prefix) {
        this.prefix = prefix;
    }

    /** What the ids of this kind start with. */
    public String prefix() {
        return prefix;
    }
}
