package io.lifeboat.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the values of one parameter against its definition, as SSM will when the command is sent:
 * required, type, allowed values, allowed pattern (the whole value must match), list and length bounds.
 * The answer is the reason to show next to the field, or {@code null} when the values are fine.
 */
final class ParameterRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParameterRules() {
    }

    static String problem(ParameterDefinition p, List<String> values) {
        boolean empty = values.isEmpty() || values.size() == 1 && values.get(0).isBlank() && !p.type().list();
        if (empty) {
            return p.required() ? "Required." : null;
        }
        if (!p.type().list() && values.size() != 1) {
            return "Takes one value, not " + values.size() + ".";
        }
        if (p.type().list()) {
            if (p.minItems() != null && values.size() < p.minItems()) {
                return "Needs at least " + p.minItems() + (p.minItems() == 1 ? " item." : " items.");
            }
            if (p.maxItems() != null && values.size() > p.maxItems()) {
                return "Takes at most " + p.maxItems() + " items, not " + values.size() + ".";
            }
        }
        for (String value : values) {
            String problem = valueProblem(p, value);
            if (problem != null) {
                return values.size() == 1 ? problem : "\"" + shorten(value) + "\": " + problem;
            }
        }
        return null;
    }

    private static String valueProblem(ParameterDefinition p, String value) {
        switch (p.type()) {
            case INTEGER -> {
                if (!value.trim().matches("-?[0-9]{1,9}")) {
                    return "Must be a whole number.";
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return "Must be true or false.";
                }
            }
            case STRING_MAP -> {
                if (!isJson(value, false)) {
                    return "Must be a JSON object, such as {\"key\": \"value\"}.";
                }
            }
            case MAP_LIST -> {
                if (!isJson(value, false)) {
                    return "Each item must be a JSON object.";
                }
            }
            default -> {
                // STRING and STRING_LIST items: only the constraints below
            }
        }
        if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
            return "Must be one of: " + String.join(", ", p.allowedValues()) + ".";
        }
        if (p.allowedPattern() != null && !matchesWhole(p.allowedPattern(), value)) {
            return "Does not match the allowed pattern " + p.allowedPattern();
        }
        if (p.maxChars() != null && value.length() > p.maxChars()) {
            return "At most " + p.maxChars() + " characters (" + value.length() + " given).";
        }
        return null;
    }

    /** SSM checks the whole value: {@code (1[0-6][0-9]{4})} must not accept 999999 for matching a part. */
    static boolean matchesWhole(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return true; // a pattern Java cannot read: SSM will judge
        }
    }

    static boolean isJson(String value, boolean array) {
        try {
            JsonNode node = JSON.readTree(value);
            return node != null && (array ? node.isArray() : node.isObject());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
