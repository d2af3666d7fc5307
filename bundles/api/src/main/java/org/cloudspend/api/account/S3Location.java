package org.cloudspend.api.account;

import java.nio.file.Path;
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

    /**
     * For an account with {@link AccessType#LOCAL} access, the folder holding the copy of the bucket: the bucket name is
     * its path, a relative one under Karaf's base folder.
     */
    public Path localFolder() {
        return Path.of(System.getProperty("karaf.base", ".")).resolve(bucket).toAbsolutePath().normalize();
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
