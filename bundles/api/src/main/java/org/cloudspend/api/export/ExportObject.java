package org.cloudspend.api.export;

import java.time.Instant;
import java.util.Objects;

/** One object of an export's bucket listing (or one file of a local export folder, keyed by its relative path). */
public record ExportObject(String key, Instant lastModified, long size) {

    public ExportObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
