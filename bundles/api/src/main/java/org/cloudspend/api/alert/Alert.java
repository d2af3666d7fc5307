package org.cloudspend.api.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A condition that holds, or held: raised once, resolved when it no longer holds.
 *
 * @param id short and stable: the same condition always has the same id, on every node
 * @param kind what raised it
 * @param subject what it is about: the budget's name, the anomaly monitor's
 * @param condition which condition of the subject, e.g. {@code 2026-12-01 actual:80} (a period and a threshold)
 * @param state where it stands
 * @param summary one line for people
 * @param value the amount that reached the condition (the spend, the forecast)
 * @param limit the amount it was compared with (the threshold's amount)
 * @param currency of both amounts
 * @param raisedAt when it was last raised
 * @param changedAt when its state last changed
 */
public record Alert(String id, AlertKind kind, String subject, String condition, AlertState state, String summary,
        BigDecimal value, BigDecimal limit, String currency, Instant raisedAt, Instant changedAt) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(summary, "summary");
    }

    /** The id of an alert on this condition: the same on every node and after every restart. */
    public static String idOf(AlertKind kind, String subject, String condition) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(
                    (kind + "\n" + subject + "\n" + condition).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return kind.prefix() + java.util.HexFormat.of().formatHex(hash, 0, 5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
