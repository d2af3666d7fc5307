package org.cloudspend.api.account;

import java.util.Objects;

/** Where an export is delivered: bucket, key prefix (empty when none) and the bucket's region. */
public record S3Location(String bucket, String prefix, String region) {

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("The S3 bucket name is empty");
        }
        prefix = prefix == null ? "" : stripSlashes(prefix);
    }

    /** The prefix followed by {@code /}, or nothing when there is no prefix: ready to put in front of a key. */
    public String keyPrefix() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    private static String stripSlashes(String prefix) {
        int start = 0;
        int end = prefix.length();
        while (start < end && prefix.charAt(start) == '/') {
            start++;
        }
        while (end > start && prefix.charAt(end - 1) == '/') {
            end--;
        }
        return prefix.substring(start, end);
    }
}
