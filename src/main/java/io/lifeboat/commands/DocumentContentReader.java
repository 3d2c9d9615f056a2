package io.lifeboat.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the parameter definitions out of a document's content (GetDocument in JSON): types,
 * defaults, allowed values and patterns, list and length bounds, in the document's own order.
 */
public final class DocumentContentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentContentReader() {
    }

    /** @throws IllegalArgumentException when the content is not a document Lifeboat can read */
    public static List<ParameterDefinition> parameters(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The document's content is not JSON: " + e.getOriginalMessage());
        }
        List<ParameterDefinition> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("parameters").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            result.add(definition(field.getKey(), field.getValue()));
        }
        return result;
    }

    /** The description the content gives, or "". */
    public static String description(String content) {
        try {
            return JSON.readTree(content).path("description").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private static ParameterDefinition definition(String name, JsonNode p) {
        ParameterType type = ParameterType.of(p.path("type").asText("String"));
        List<String> allowed = new ArrayList<>();
        p.path("allowedValues").forEach(v -> allowed.add(v.asText()));
        JsonNode def = p.get("default");
        String pattern = p.path("allowedPattern").asText("");
        return new ParameterDefinition(name, type, p.path("description").asText(""), defaults(type, def), allowed,
                pattern.isEmpty() ? null : pattern, intOrNull(p, "minItems"), intOrNull(p, "maxItems"),
                intOrNull(p, "maxChars"), "textarea".equals(p.path("displayType").asText()));
    }

    /** A default as SendCommand would carry it: one string per list item, JSON for maps. */
    private static List<String> defaults(ParameterType type, JsonNode def) {
        if (def == null || def.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (def.isArray() && type.list()) {
            def.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        } else {
            values.add(def.isTextual() ? def.asText() : def.toString());
        }
        return values;
    }

    private static Integer intOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
