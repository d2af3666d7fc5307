package org.cloudspend.tags.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagKeyMerge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsTagNormalizerTest {

    private final AwsTagNormalizer normalizer = new AwsTagNormalizer();

    /** The specification's table, and the keys of the facts document, in every format they can arrive in. */
    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # CSV column                                 | legacy Parquet column                       | CUR 2.0 map key                 | canonical                 | CSV display              | system
            resourceTags/user:autoscaling:groupName       | resource_tags_user_autoscaling_group_name     | user_autoscaling_group_name     | autoscaling_group_name     | autoscaling:groupName     | false
            resourceTags/user:cloudformation:id           | resource_tags_user_cloudformation_id          | user_cloudformation_id          | cloudformation_id          | cloudformation:id         | false
            resourceTags/user:CreatedBy                   | resource_tags_user_created_by                 | user_created_by                 | created_by                 | CreatedBy                 | false
            resourceTags/user:Environment-type            | resource_tags_user_environment_type           | user_environment_type           | environment_type           | Environment-type          | false
            resourceTags/user:CostCenter                  | resource_tags_user_cost_center                | user_cost_center                | cost_center                | CostCenter                | false
            resourceTags/aws:createdBy                    | resource_tags_aws_created_by                  | aws_created_by                  | aws_created_by             | aws:createdBy             | true
            resourceTags/aws:autoscaling:groupName        | resource_tags_aws_autoscaling_group_name      | aws_autoscaling_group_name      | aws_autoscaling_group_name | aws:autoscaling:groupName | true
            resourceTags/aws:cloudformation:stack-name    | resource_tags_aws_cloudformation_stack_name   | aws_cloudformation_stack_name   | aws_cloudformation_stack_name | aws:cloudformation:stack-name | true
            resourceTags/user:Name                        | resource_tags_user_name                       | user_name                       | name                       | Name                      | false
            resourceTags/user:team__2                     | resource_tags_user_team_2                     | user_team_2                     | team_2                     | team__2                   | false
            """)
    void everyFormatGivesTheSameCanonicalKey(String csvColumn, String parquetColumn, String cur2Key, String canonical,
            String csvDisplay, boolean system) {
        assertEquals(new TagKey(canonical, csvDisplay, system), normalizer.fromLegacyCsvColumn(csvColumn));
        assertEquals(new TagKey(canonical, canonical, system), normalizer.fromLegacyParquetColumn(parquetColumn));
        assertEquals(new TagKey(canonical, canonical, system), normalizer.fromCur2MapKey(cur2Key));
    }

    /** AWS's Parquet column rule itself, on the keys AWS documents and on awkward ones. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            autoscaling:groupName   | autoscaling_group_name
            CreatedBy               | created_by
            Environment-type        | environment_type
            cloudformation:id       | cloudformation_id
            CostCenterID            | cost_center_i_d
            __Leading and trailing__ | leading_and_trailing
            a--b::c  d              | a_b_c_d
            version2Beta            | version2_beta
            café                    | caf
            """)
    void awsParquetRule(String key, String normalized) {
        assertEquals(normalized, TagKeyRule.normalize(key));
    }

    @Test
    void userPrefixIsOptionalInOriginalKeys() {
        assertEquals(normalizer.fromOriginalKey("user:CreatedBy"), normalizer.fromOriginalKey("CreatedBy"));
        assertEquals(new TagKey("created_by", "CreatedBy", false), normalizer.fromOriginalKey("CreatedBy"));
    }

    @Test
    void systemTagsNeverMergeWithUserTags() {
        assertEquals("aws_created_by", normalizer.fromOriginalKey("aws:createdBy").canonical());
        assertEquals("created_by", normalizer.fromOriginalKey("createdBy").canonical());
    }

    @Test
    void aKeyWithoutLatinLettersKeepsItsText() {
        assertEquals(new TagKey("部署", "部署", false), normalizer.fromOriginalKey("user:部署"));
        assertEquals(new TagKey("aws:部署", "aws:部署", true), normalizer.fromOriginalKey("aws:部署"));
    }

    @Test
    void cur2KeysThatKeptTheirOriginalFormAreNormalizedToo() {
        assertEquals(new TagKey("cost_center", "CostCenter", false), normalizer.fromCur2MapKey("user:CostCenter"));
        assertEquals(new TagKey("cost_center", "CostCenter", false), normalizer.fromCur2MapKey("CostCenter"));
        assertEquals(new TagKey("aws_created_by", "aws:createdBy", true), normalizer.fromCur2MapKey("aws:createdBy"));
    }

    @Test
    void columnsThatAreNoTagsAreNotTags() {
        assertNull(normalizer.fromLegacyCsvColumn("lineItem/UnblendedCost"));
        assertNull(normalizer.fromLegacyCsvColumn("costCategory/CostCenter"));
        assertNull(normalizer.fromLegacyCsvColumn("resourceTags/"));
        assertNull(normalizer.fromLegacyParquetColumn("line_item_unblended_cost"));
        assertNull(normalizer.fromLegacyParquetColumn("resource_tags_"));
    }

    @Test
    void mergesOfDifferentOriginalKeysAreReported() {
        List<TagKey> keys = List.of(
                normalizer.fromOriginalKey("CostCenter"),
                normalizer.fromOriginalKey("cost-center"),
                normalizer.fromOriginalKey("user:CostCenter"),
                normalizer.fromOriginalKey("Owner"),
                normalizer.fromOriginalKey("aws:createdBy"),
                normalizer.fromOriginalKey("createdBy"));
        assertEquals(List.of(new TagKeyMerge("cost_center", Set.of("CostCenter", "cost-center"))),
                normalizer.merges(keys));
    }
}
