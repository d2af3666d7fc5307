package org.cloudspend.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagKeyMerge;
import org.cloudspend.api.tags.TagNormalizer;

/** Shows the canonical key cloudspend groups and filters a tag by, as it would come from each export format. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "tag-key",
        description = "Shows the canonical key of tag keys or tag columns, the key cost queries group and filter by")
public class TagKeyCommand extends CloudspendCommand {

    /** Where a key comes from. */
    enum Source { KEY, LEGACY_CSV, LEGACY_PARQUET, CUR2 }

    @Option(name = "-s", aliases = "--source",
            description = "What the arguments are: key (as written in AWS, the default), legacy-csv (a column such as"
                    + " resourceTags/user:CostCenter), legacy-parquet (resource_tags_user_cost_center) or cur2"
                    + " (a resource_tags map key such as user_cost_center)")
    @Completion(value = StringsCompleter.class, values = {"key", "legacy-csv", "legacy-parquet", "cur2"})
    String source = "key";

    @Argument(index = 0, name = "keys", required = true, multiValued = true, description = "Tag keys or columns")
    List<String> keys;

    @Reference
    TagNormalizer normalizer;

    @Override
    protected Object run() {
        Source from = parseSource(source);
        ShellTable table = new ShellTable();
        table.column("Input");
        table.column("Canonical key");
        table.column("Display key");
        table.column("Kind");
        List<TagKey> tagKeys = new ArrayList<>();
        for (String input : keys) {
            TagKey key = normalize(from, input);
            if (key == null) {
                table.addRow().addContent(input, "(not a tag column)", "", "");
                continue;
            }
            tagKeys.add(key);
            table.addRow().addContent(input, key.canonical(), key.display(), key.system() ? "system" : "user");
        }
        table.print(System.out);
        for (TagKeyMerge merge : normalizer.merges(tagKeys)) {
            System.out.println("Merged into one tag " + merge.canonical() + ": " + String.join(", ", merge.displayKeys()));
        }
        return null;
    }

    private TagKey normalize(Source from, String input) {
        return switch (from) {
            case KEY -> normalizer.fromOriginalKey(input);
            case LEGACY_CSV -> normalizer.fromLegacyCsvColumn(input);
            case LEGACY_PARQUET -> normalizer.fromLegacyParquetColumn(input);
            case CUR2 -> normalizer.fromCur2MapKey(input);
        };
    }

    static Source parseSource(String text) {
        try {
            return Source.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown source '" + text + "': use key, legacy-csv, legacy-parquet or cur2", e);
        }
    }
}
