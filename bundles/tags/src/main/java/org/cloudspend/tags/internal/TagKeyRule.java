package org.cloudspend.tags.internal;

/**
 * AWS's rule for turning a tag key into a Parquet column name, the one place cloudspend applies it: put {@code _}
 * before each upper-case letter, lower-case everything, replace every character that is not an ASCII letter or digit by
 * {@code _}, collapse repeated {@code _} and trim them at both ends. {@code autoscaling:groupName} becomes
 * {@code autoscaling_group_name}, {@code Environment-type} becomes {@code environment_type}.
 */
final class TagKeyRule {

    private TagKeyRule() {
    }

    /** The normalised key; empty when the key has no ASCII letter or digit at all. */
    static String normalize(String key) {
        StringBuilder out = new StringBuilder(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                appendSeparator(out);
                out.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                appendSeparator(out);
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == '_') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** Appends one {@code _}, never two in a row and never at the start. */
    private static void appendSeparator(StringBuilder out) {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != '_') {
            out.append('_');
        }
    }

    /** Whether the key already is in normalised form (lower-case letters, digits, single inner underscores). */
    static boolean isNormalized(String key) {
        return !key.isEmpty() && normalize(key).equals(key);
    }
}
