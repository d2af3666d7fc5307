package org.cloudspend.tags.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagKeyMerge;
import org.cloudspend.api.tags.TagNormalizer;
import org.osgi.service.component.annotations.Component;

/**
 * cloudspend's tag-key rule (see {@link TagNormalizer}). User tags lose their {@code user:} / {@code user_} prefix,
 * system tags keep theirs as {@code aws_}; the rest of the key goes through {@link TagKeyRule}.
 */
@Component(service = TagNormalizer.class)
public class AwsTagNormalizer implements TagNormalizer {

    static final String SYSTEM_PREFIX = "aws_";
    private static final String CSV_TAG_COLUMN = "resourceTags/";
    private static final String PARQUET_TAG_COLUMN = "resource_tags_";

    @Override
    public TagKey fromOriginalKey(String key) {
        if (key.startsWith("aws:")) {
            return new TagKey(canonical(SYSTEM_PREFIX, key.substring(4), key), key, true);
        }
        String userKey = key.startsWith("user:") ? key.substring(5) : key;
        return new TagKey(canonical("", userKey, userKey), userKey, false);
    }

    @Override
    public TagKey fromLegacyCsvColumn(String column) {
        if (!column.startsWith(CSV_TAG_COLUMN) || column.length() == CSV_TAG_COLUMN.length()) {
            return null;
        }
        return fromOriginalKey(column.substring(CSV_TAG_COLUMN.length()));
    }

    @Override
    public TagKey fromLegacyParquetColumn(String column) {
        if (!column.startsWith(PARQUET_TAG_COLUMN) || column.length() == PARQUET_TAG_COLUMN.length()) {
            return null;
        }
        return fromNormalizedKey(column.substring(PARQUET_TAG_COLUMN.length()));
    }

    @Override
    public TagKey fromCur2MapKey(String key) {
        // AWS's own dashboards show normalised keys here; should an export keep the original key, treat it as such.
        if (key.startsWith("aws:") || key.startsWith("user:") || !TagKeyRule.isNormalized(key)) {
            return fromOriginalKey(key);
        }
        return fromNormalizedKey(key);
    }

    /** A key AWS already normalised, still carrying its {@code user_} or {@code aws_} prefix. */
    private static TagKey fromNormalizedKey(String key) {
        if (key.startsWith(SYSTEM_PREFIX) && key.length() > SYSTEM_PREFIX.length()) {
            return new TagKey(key, key, true);
        }
        String userKey = key.startsWith("user_") && key.length() > 5 ? key.substring(5) : key;
        return new TagKey(userKey, userKey, false);
    }

    /**
     * The prefix plus the normalised key. A key with no ASCII letter or digit (all in another script) would normalise
     * to nothing; it keeps its original text instead, so that it still names one tag.
     */
    private static String canonical(String prefix, String key, String fallback) {
        String normalized = TagKeyRule.normalize(key);
        return normalized.isEmpty() ? fallback : prefix + normalized;
    }

    @Override
    public List<TagKeyMerge> merges(Collection<TagKey> keys) {
        Map<String, Set<String>> displayKeysByCanonical = new TreeMap<>();
        for (TagKey key : keys) {
            displayKeysByCanonical.computeIfAbsent(key.canonical(), k -> new TreeSet<>()).add(key.display());
        }
        List<TagKeyMerge> merges = new ArrayList<>();
        displayKeysByCanonical.forEach((canonical, displayKeys) -> {
            if (displayKeys.size() > 1) {
                merges.add(new TagKeyMerge(canonical, displayKeys));
            }
        });
        return merges;
    }
}
