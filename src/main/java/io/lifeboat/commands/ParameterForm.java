package io.lifeboat.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one document as the user fills them in, checked before anything is sent. A
 * value is text in the GUI (a list is one item per line, a MapList a JSON array) and repeated values
 * on the command line; both end as the lists SendCommand takes. A parameter left at its default is
 * not sent: SSM applies the default itself.
 */
public final class ParameterForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentDefinition document;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public ParameterForm(DocumentDefinition document) {
        this.document = document;
    }

    public DocumentDefinition document() {
        return document;
    }

    public List<ParameterDefinition> fields() {
        return document.parameters();
    }

    /** Sets a parameter from the text of its field. */
    public void setText(String name, String text) {
        ParameterDefinition p = definition(name);
        if (text.equals(p.defaultText()) && !p.required()) {
            values.remove(name);
            return;
        }
        values.put(name, fromText(p, text));
    }

    /** The text a field shows: what was entered, else the default. */
    public String text(String name) {
        ParameterDefinition p = definition(name);
        List<String> given = values.get(name);
        if (given == null) {
            return p.defaultText();
        }
        if (p.type() == ParameterType.MAP_LIST) {
            return "[" + String.join(", ", given) + "]";
        }
        return String.join("\n", given);
    }

    /** Sets a parameter from the command line, where a list parameter is repeated once per item. */
    public void setValues(String name, List<String> given) {
        values.put(definition(name).name(), List.copyOf(given));
    }

    /** Why each parameter cannot be sent as it is, by name; empty when all can. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ParameterDefinition p : document.parameters()) {
            String problem = ParameterRules.problem(p, values.getOrDefault(p.name(), p.required() ? List.of()
                    : p.defaultValues()));
            if (problem != null) {
                problems.put(p.name(), problem);
            }
        }
        return problems;
    }

    public boolean valid() {
        return problems().isEmpty();
    }

    /** What SendCommand carries: the values the user gave; defaults are SSM's to fill in. */
    public Map<String, List<String>> toSend() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        values.forEach((name, given) -> sent.put(name, List.copyOf(given)));
        return sent;
    }

    /** Every parameter with the value it will have, for the review: given, else the default. */
    public Map<String, List<String>> effective() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (ParameterDefinition p : document.parameters()) {
            List<String> given = values.get(p.name());
            all.put(p.name(), given != null ? given : p.required() ? List.of() : p.defaultValues());
        }
        return all;
    }

    /** Whether the user set this parameter (a review marks the others "default"). */
    public boolean given(String name) {
        return values.containsKey(name);
    }

    private ParameterDefinition definition(String name) {
        return document.parameter(name).orElseThrow(() -> new IllegalArgumentException("Document " + document.name()
                + " has no parameter '" + name + "'; its parameters: " + String.join(", ",
                document.parameters().stream().map(ParameterDefinition::name).toList())));
    }

    private static List<String> fromText(ParameterDefinition p, String text) {
        return switch (p.type()) {
            case STRING_LIST -> lines(text);
            case MAP_LIST -> mapList(text);
            default -> List.of(text);
        };
    }

    /** One item per line; trailing blank lines are not items. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\\R", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** A JSON array of maps becomes one JSON string per map; anything else stays as typed, to be refused. */
    private static List<String> mapList(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.toString()));
                return items;
            }
        } catch (JsonProcessingException e) {
            // refused by the rules below, with the reason shown next to the field
        }
        return List.of(text);
    }
}
