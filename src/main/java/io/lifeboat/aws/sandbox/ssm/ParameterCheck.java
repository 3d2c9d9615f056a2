package io.lifeboat.aws.sandbox.ssm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks SendCommand parameters against the document's definitions, as SSM does before accepting a
 * command: unknown names, missing required values, types, allowed values, allowed patterns (which
 * must match the whole value) and lengths. Returns the effective values, defaults filled in.
 */
public final class ParameterCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParameterCheck() {
    }

    public static Map<String, List<String>> resolve(SsmDocument document, Map<String, List<String>> given) {
        Set<String> known = document.parameters().stream().map(DocumentParameter::name)
                .collect(java.util.stream.Collectors.toSet());
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw SsmErrors.invalidParameters("Parameter \"" + name + "\" is not a valid parameter of document "
                        + document.name() + ".");
            }
        }
        Map<String, List<String>> effective = new LinkedHashMap<>();
        for (DocumentParameter parameter : document.parameters()) {
            List<String> values = given.get(parameter.name());
            if (values == null) {
                if (parameter.required()) {
                    throw SsmErrors.invalidParameters("Parameter \"" + parameter.name() + "\" is required by document "
                            + document.name() + " but no value was provided.");
                }
                values = defaultValues(parameter);
            } else {
                check(parameter, values);
            }
            effective.put(parameter.name(), values);
        }
        return effective;
    }

    private static List<String> defaultValues(DocumentParameter parameter) {
        if (parameter.type().equals("StringList")) {
            try {
                JsonNode node = JSON.readTree(parameter.defaultJson());
                if (node.isArray()) {
                    java.util.List<String> list = new java.util.ArrayList<>();
                    node.forEach(v -> list.add(v.asText()));
                    return List.copyOf(list);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // fall through: a scalar default
            }
        }
        return List.of(parameter.defaultText());
    }

    private static void check(DocumentParameter p, List<String> values) {
        String name = p.name();
        switch (p.type()) {
            case "StringList" -> {
                if (p.minItems() != null && values.size() < p.minItems()) {
                    throw invalid(name, "must have at least " + p.minItems() + " item(s)");
                }
                if (p.maxItems() != null && values.size() > p.maxItems()) {
                    throw invalid(name, "must have at most " + p.maxItems() + " item(s)");
                }
            }
            case "MapList" -> values.forEach(v -> requireJson(name, v, true));
            default -> {
                if (values.size() != 1) {
                    throw invalid(name, "requires exactly one value of type " + p.type());
                }
                String value = values.get(0);
                if (p.type().equals("Boolean") && !value.equals("true") && !value.equals("false")) {
                    throw invalid(name, "must be true or false");
                }
                if (p.type().equals("Integer") && !value.matches("-?[0-9]+")) {
                    throw invalid(name, "must be an integer");
                }
                if (p.type().equals("StringMap")) {
                    requireJson(name, value, false);
                }
            }
        }
        for (String value : values) {
            if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
                throw invalid(name, "value \"" + value + "\" is not one of the allowed values " + p.allowedValues());
            }
            if (p.allowedPattern() != null && !matches(p.allowedPattern(), value)) {
                throw invalid(name, "value \"" + value + "\" does not match the allowed pattern " + p.allowedPattern());
            }
            if (p.maxChars() != null && value.length() > p.maxChars()) {
                throw invalid(name, "value is longer than " + p.maxChars() + " characters");
            }
        }
    }

    static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    private static void requireJson(String name, String value, boolean array) {
        try {
            JsonNode node = JSON.readTree(value);
            if (node == null || (array ? !node.isArray() && !node.isObject() : !node.isObject())) {
                throw invalid(name, array ? "must be a JSON list of maps" : "must be a JSON map");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw invalid(name, "is not valid JSON");
        }
    }

    private static RuntimeException invalid(String name, String why) {
        return SsmErrors.invalidParameters("Parameter \"" + name + "\" " + why + ".");
    }
}
