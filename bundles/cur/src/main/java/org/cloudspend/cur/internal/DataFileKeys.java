package org.cloudspend.cur.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Finds a manifest's data file in the bucket listing. Legacy manifests list bucket keys; CUR 2.0 manifests may list
 * {@code s3://bucket/key} URIs; a copied folder may hold the files beside the manifest, or be a copy of part of the
 * bucket only (its keys then lack the bucket key's first folders). Whatever a manifest says, the answer is one of the
 * listing's keys.
 */
final class DataFileKeys {

    private DataFileKeys() {
    }

    static Optional<String> resolve(String manifestKey, String listed, Set<String> keys) {
        String key = listed;
        if (key.startsWith("s3://")) {
            int slash = key.indexOf('/', "s3://".length());
            key = slash < 0 ? "" : key.substring(slash + 1);
        }
        if (keys.contains(key)) {
            return Optional.of(key);
        }
        for (String folder = parent(manifestKey); folder != null; folder = parent(folder)) {
            String candidate = folder.isEmpty() ? key : folder + "/" + key;
            if (keys.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        // a copy of part of the bucket: the bucket key without its first folders, the longest that is listed
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            String candidate = key.substring(slash + 1);
            if (keys.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String parent(String key) {
        if (key.isEmpty()) {
            return null;
        }
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }
}
