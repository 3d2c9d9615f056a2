package io.lifeboat.aws.sandbox.ssm;

import java.util.List;

/**
 * One parameter of an SSM document, as its content defines it.
 *
 * @param defaultJson the default value as JSON ({@code "3600"}, {@code {}}), or null when there is none;
 *                    a parameter without a default is required
 */
public record DocumentParameter(String name, String type, String description, String defaultJson,
                                String defaultText, List<String> allowedValues, String allowedPattern,
                                Integer minItems, Integer maxItems, Integer maxChars, String displayType) {

    public boolean required() {
        return defaultJson == null;
    }
}
