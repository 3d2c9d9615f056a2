package io.lifeboat.commands;

import java.util.List;

/**
 * One parameter of a Command document, as its content defines it (DescribeDocument leaves out the
 * allowed values and patterns, so Lifeboat reads the content).
 *
 * @param defaultValues the default as the values SSM would use ({@code ["3600"]}, {@code ["{}"]}), or
 *                      {@code null} when there is none: the parameter is then required
 * @param allowedPattern a regular expression the whole value must match, or {@code null}
 * @param multiline      the document asks for a text area ({@code displayType: textarea})
 */
public record ParameterDefinition(String name, ParameterType type, String description, List<String> defaultValues,
                                  List<String> allowedValues, String allowedPattern, Integer minItems,
                                  Integer maxItems, Integer maxChars, boolean multiline) {

    public ParameterDefinition {
        defaultValues = defaultValues == null ? null : List.copyOf(defaultValues);
        allowedValues = List.copyOf(allowedValues);
        description = description == null ? "" : description;
    }

    public boolean required() {
        return defaultValues == null;
    }

    /** The default as a form shows it, or "" when there is none. */
    public String defaultText() {
        return defaultValues == null ? "" : String.join("\n", defaultValues);
    }
}
