package io.lifeboat.aws.sandbox.ssm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Command document's JSON content: parameters with their types and constraints, the plugins or
 * steps, and the platforms the document runs on (derived from its actions, as SSM does).
 */
public final class DocumentContent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("String", "StringList", "Boolean", "Integer", "StringMap",
            "MapList");

    private DocumentContent() {
    }

    public static SsmDocument parse(String name, String owner, String content, Instant created,
                                    Map<String, String> tags) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw SsmErrors.invalidDocumentContent("JSON not well-formed at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject() || !root.hasNonNull("schemaVersion")) {
            throw SsmErrors.invalidDocumentContent("document missing required schemaVersion");
        }
        String schema = root.get("schemaVersion").asText();
        List<DocumentParameter> parameters = parameters(root.path("parameters"));
        List<String> plugins = new ArrayList<>();
        Set<String> platforms = new LinkedHashSet<>();
        if (schema.startsWith("1.")) {
            Iterator<String> names = root.path("runtimeConfig").fieldNames();
            names.forEachRemaining(plugin -> {
                plugins.add(plugin);
                platforms.addAll(platformsOf(plugin));
            });
        } else {
            for (JsonNode step : root.path("mainSteps")) {
                plugins.add(step.path("name").asText());
                platforms.addAll(platformsOf(step.path("action").asText()));
            }
        }
        if (plugins.isEmpty()) {
            throw SsmErrors.invalidDocumentContent(schema.startsWith("1.")
                    ? "document missing required runtimeConfig" : "document missing required mainSteps");
        }
        return new SsmDocument(name, owner, schema, root.path("description").asText(""), content,
                List.copyOf(platforms), parameters, List.copyOf(plugins), created, Map.copyOf(tags));
    }

    private static List<DocumentParameter> parameters(JsonNode node) {
        List<DocumentParameter> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode p = field.getValue();
            String type = p.path("type").asText("String");
            if (!TYPES.contains(type)) {
                throw SsmErrors.invalidDocumentContent("Parameter " + field.getKey() + " has an invalid type " + type);
            }
            List<String> allowed = new ArrayList<>();
            p.path("allowedValues").forEach(v -> allowed.add(v.asText()));
            JsonNode def = p.get("default");
            result.add(new DocumentParameter(field.getKey(), type, p.path("description").asText(""),
                    def == null ? null : def.toString(), def == null ? null : (def.isTextual() ? def.asText() : def.toString()),
                    List.copyOf(allowed), p.hasNonNull("allowedPattern") ? p.get("allowedPattern").asText() : null,
                    intOrNull(p, "minItems"), intOrNull(p, "maxItems"), intOrNull(p, "maxChars"),
                    p.hasNonNull("displayType") ? p.get("displayType").asText() : null));
        }
        return List.copyOf(result);
    }

    private static Integer intOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    /** The platforms an action (plugin) runs on; a document runs where any of its actions can. */
    static List<String> platformsOf(String action) {
        return switch (action) {
            case "aws:runShellScript" -> List.of("Linux", "MacOS");
            case "aws:runPowerShellScript", "aws:psModule", "aws:applications", "aws:domainJoin" -> List.of("Windows");
            default -> List.of("Windows", "Linux", "MacOS");
        };
    }
}
