package org.cloudspend.api.tags;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * cloudspend's one tag-key rule: every tag key, from every export format, gets the same canonical key. The canonical
 * key is AWS's Parquet rule applied to the key without its {@code user:} prefix; system tags keep an {@code aws_}
 * prefix so they never merge with user tags.
 */
@ProviderType
public interface TagNormalizer {

    /** A key as a person or a CSV export writes it: {@code CreatedBy}, {@code user:CreatedBy}, {@code aws:createdBy}. */
    TagKey fromOriginalKey(String key);

    /** A legacy CSV column: {@code resourceTags/user:CostCenter}; null when the column is not a tag column. */
    TagKey fromLegacyCsvColumn(String column);

    /** A legacy Parquet column: {@code resource_tags_user_cost_center}; null when the column is not a tag column. */
    TagKey fromLegacyParquetColumn(String column);

    /** A key of the CUR 2.0 {@code resource_tags} map: {@code user_cost_center}, {@code aws_created_by}. */
    TagKey fromCur2MapKey(String key);

    /** The groups of distinct display keys that ended in one canonical key. */
    List<TagKeyMerge> merges(Collection<TagKey> keys);
}
