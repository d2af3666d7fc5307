package org.cloudspend.accounts.internal;

import java.security.SecureRandom;
import java.util.function.Predicate;
import org.cloudspend.api.account.ExternalId;

/**
 * New External IDs: 32 characters drawn uniformly from letters and digits by a cryptographic generator (about 190
 * bits: unguessable), retried in the astronomically unlikely case the value is already in use.
 */
final class ExternalIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;

    private final SecureRandom random = new SecureRandom();

    ExternalId next(Predicate<ExternalId> inUse) {
        while (true) {
            ExternalId candidate = new ExternalId(randomText(LENGTH));
            if (!inUse.test(candidate)) {
                return candidate;
            }
        }
    }

    /** A short random handle, e.g. for a pending integration. */
    String handle(String prefix) {
        return prefix + randomText(8).toLowerCase(java.util.Locale.ROOT);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
