package org.cloudspend.generator;

/**
 * AWS's rule for Parquet and CUR 2.0 column names, as AWS applies it to {@code category/Name} columns and tag keys:
 * {@code _} before each upper-case letter, lower case, every other character to {@code _}, no repeated or outer
 * {@code _}. The generator's own copy: it plays AWS, and must not borrow from the code it tests.
 */
final class ColumnNames {

    private ColumnNames() {
    }

    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                out.append('_').append(Character.toLowerCase(c));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    }
}
