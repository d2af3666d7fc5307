package org.cloudspend.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rendering as one JSON object: its summary's figures, then {@code rows}, an object per row keyed by the columns'
 * keys. Amounts are JSON numbers with every decimal (never a binary double), days and times ISO-8601 strings.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonOutput() {
    }

    public static String write(Rendering rendering) {
        try {
            return MAPPER.writeValueAsString(tree(rendering));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rendering could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Several renderings as one JSON object: each rendering's rows under its name, in the map's order of names
     * (sorted by name when the map keeps none); their summaries are left out.
     */
    public static String write(Map<String, Rendering> renderings) {
        ObjectNode root = MAPPER.createObjectNode();
        new java.util.TreeMap<>(renderings).forEach((name, rendering) -> root.set(name, tree(rendering).get("rows")));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Renderings could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The rendering as a Jackson tree, for a caller that writes it itself (the HTTP API). */
    public static ObjectNode tree(Rendering rendering) {
        ObjectNode root = MAPPER.createObjectNode();
        rendering.summary().forEach((key, value) -> put(root, key, value));
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : rendering.rows()) {
            ObjectNode object = rows.addObject();
            for (int i = 0; i < row.size(); i++) {
                put(object, rendering.columns().get(i).key(), row.get(i));
            }
        }
        return root;
    }

    private static void put(ObjectNode object, String key, Object value) {
        if (value == null) {
            object.putNull(key);
        } else if (value instanceof BigDecimal decimal) {
            object.put(key, decimal);
        } else if (value instanceof Long number) {
            object.put(key, number);
        } else if (value instanceof Integer number) {
            object.put(key, number);
        } else if (value instanceof Boolean flag) {
            object.put(key, flag);
        } else if (value instanceof Map<?, ?> figures) {
            ObjectNode nested = object.putObject(key);
            figures.forEach((name, figure) -> put(nested, name.toString(), figure));
        } else if (value instanceof List<?> list) {
            ArrayNode array = object.putArray(key);
            list.forEach(item -> array.add(item == null ? null : item.toString()));
        } else {
            // text, days (LocalDate), times (Instant) and names (enums) as their ISO or plain text
            object.put(key, value.toString());
        }
    }
}
