package org.cloudspend.api.tags;

import java.util.Objects;

/**
 * A tag key in its two forms.
 *
 * @param canonical the key used for grouping and filtering, identical in every export format ({@code created_by},
 *                  {@code aws_created_by})
 * @param display the key as the export wrote it where the format keeps it ({@code CreatedBy}, {@code aws:createdBy}),
 *                else the canonical key
 * @param system whether AWS generated the tag ({@code aws:} prefix) rather than a user
 */
public record TagKey(String canonical, String display, boolean system) {

    public TagKey {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(display, "display");
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException("A canonical tag key is never empty (display key '" + display + "')");
        }
    }
}
