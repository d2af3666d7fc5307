package org.cloudspend.api.account;

import java.util.regex.Pattern;

/**
 * The ids people give accounts and customers: 1 to 64 letters, digits, {@code .}, {@code _} and {@code -}, starting
 * with a letter or a digit. They name routes, work folders and rows: nothing in them can mean anything else (no
 * {@code /}, no {@code ..}, no {@code ?} or {@code {{}, no parentheses, which the display words {@code (unassigned)},
 * {@code (others)} and {@code (none)} use).
 */
public final class Identifier {

    /** The pattern, for documentation and tests. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Identifier() {
    }

    /**
     * The id, checked.
     *
     * @param what what it identifies, for the message: {@code account}, {@code customer}
     * @throws IllegalArgumentException when it does not fit the pattern, saying what would
     */
    public static String check(String what, String id) {
        if (id == null || !PATTERN.matcher(id).matches()) {
            String shown = id == null ? "" : id.length() > 80 ? id.substring(0, 80) + "..." : id;
            throw new IllegalArgumentException("'" + shown + "' is not a valid " + what + " id: 1 to 64 letters,"
                    + " digits, '.', '_' and '-', starting with a letter or a digit");
        }
        return id;
    }
}
