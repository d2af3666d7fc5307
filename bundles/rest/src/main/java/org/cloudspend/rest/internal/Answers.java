package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cloudspend.render.Column;
import org.cloudspend.render.CsvOutput;
import org.cloudspend.render.JsonOutput;
import org.cloudspend.render.Rendering;

/**
 * A rendering as the API answers it: JSON by default (its summary, then a page of its rows), or the whole of it as a
 * CSV download with {@code format=csv}. The shell prints the same renderings, so both say the same.
 */
final class Answers {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    private Answers() {
    }

    /** @param name what the download is saved as, without {@code .csv} */
    static Reply of(Rendering rendering, ApiRequest request, String name) {
        String format = request.param("format").orElse("json");
        return switch (format) {
            case "json" -> Reply.json(columns(page(JsonOutput.tree(rendering), request), rendering));
            case "csv" -> Reply.download("text/csv", name + ".csv", CsvOutput.write(rendering));
            default -> throw Problem.badRequest("format", "Unknown format '" + format + "': use json or csv");
        };
    }

    /** The one row of a rendering of one thing (a budget, a rule, an alert just changed), as the API answers it. */
    static JsonNode row(Rendering rendering) {
        return JsonOutput.tree(rendering).get("rows").get(0);
    }

    /**
     * Names the rows' columns as a table shows them ({@code key}, {@code title}, {@code kind}: text, amount, decimal,
     * count, day, month, time; {@code table}: false for one a table leaves out), so that a page can lay out any
     * answer.
     */
    static ObjectNode columns(ObjectNode tree, Rendering rendering) {
        var columns = tree.putArray("columns");
        for (Column column : rendering.columns()) {
            columns.addObject().put("key", column.key()).put("title", column.title())
                    .put("kind", column.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("table", column.inTable());
        }
        return tree;
    }

    /**
     * Keeps the rows from {@code offset}, at most {@code limit} of them, and says so in {@code page}: the offset,
     * the limit and how many rows there are in all.
     */
    static ObjectNode page(ObjectNode tree, ApiRequest request) {
        int offset = request.intParam("offset", 0);
        int limit = request.intParam("limit", DEFAULT_LIMIT);
        if (offset < 0) {
            throw Problem.badRequest("offset", "offset is 0 or more; got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problem.badRequest("limit", "limit is between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        ArrayNode rows = (ArrayNode) tree.get("rows");
        ArrayNode kept = tree.arrayNode();
        for (int i = offset; i < Math.min(rows.size(), offset + (long) limit); i++) {
            kept.add(rows.get(i));
        }
        ObjectNode page = tree.objectNode().put("offset", offset).put("limit", limit).put("total", rows.size());
        tree.set("rows", kept);
        tree.set("page", page);
        return tree;
    }
}
