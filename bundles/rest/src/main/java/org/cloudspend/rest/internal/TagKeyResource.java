package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cloudspend.api.tags.TagKey;
import org.cloudspend.api.tags.TagKeyMerge;
import org.cloudspend.api.tags.TagNormalizer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /tag-keys}: how tag keys and export columns ({@code key}, repeated) normalize to one canonical key, and
 * which of them merge into one tag, as {@code cloudspend:tag-key} shows.
 */
@Component(service = ApiResource.class)
public class TagKeyResource implements ApiResource {

    @Reference
    TagNormalizer normalizer;

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/tag-keys", Access.VIEWER, this::normalize));
    }

    Reply normalize(ApiRequest request) {
        Function<String, TagKey> source = request.param("source", this::source).orElse(normalizer::fromOriginalKey);
        List<String> inputs = request.params("key");
        if (inputs.isEmpty()) {
            throw Problem.badRequest("key", "Give one or more tag keys or columns: key=CostCenter&key=user:team");
        }
        ObjectNode answer = Json.object();
        ArrayNode rows = answer.putArray("rows");
        List<TagKey> keys = new ArrayList<>();
        for (String input : inputs) {
            TagKey key = source.apply(input);
            ObjectNode row = rows.addObject().put("input", input);
            if (key == null) {
                row.putNull("canonical");
                continue;
            }
            keys.add(key);
            row.put("canonical", key.canonical()).put("display", key.display()).put("kind", key.system() ? "system"
                    : "user");
        }
        ArrayNode merges = answer.putArray("merges");
        for (TagKeyMerge merge : normalizer.merges(keys)) {
            ArrayNode displayKeys = merges.addObject().put("canonical", merge.canonical()).putArray("displayKeys");
            merge.displayKeys().forEach(displayKeys::add);
        }
        return Reply.json(answer);
    }

    private Function<String, TagKey> source(String text) {
        return switch (text) {
            case "key" -> normalizer::fromOriginalKey;
            case "legacy-csv" -> normalizer::fromLegacyCsvColumn;
            case "legacy-parquet" -> normalizer::fromLegacyParquetColumn;
            case "cur2" -> normalizer::fromCur2MapKey;
            default -> throw new IllegalArgumentException("Unknown source '" + text
                    + "': use key, legacy-csv, legacy-parquet or cur2");
        };
    }
}
