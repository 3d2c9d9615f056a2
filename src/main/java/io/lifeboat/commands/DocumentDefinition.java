package io.lifeboat.commands;

import java.util.List;
import java.util.Optional;

/**
 * A Command document as the compose form needs it: what it is, which version runs by default, the
 * platforms it runs on, and its parameters in the order the document lists them.
 */
public record DocumentDefinition(String name, String owner, String defaultVersion, String latestVersion,
                                 String description, List<String> platformTypes,
                                 List<ParameterDefinition> parameters) {

    /** The parameter that bounds how long a script runs, in the AWS-Run*Script documents. */
    public static final String EXECUTION_TIMEOUT = "executionTimeout";

    public DocumentDefinition {
        platformTypes = List.copyOf(platformTypes);
        parameters = List.copyOf(parameters);
    }

    /** Whether the document runs on {@code platform} ("Linux", "Windows", "MacOS"). */
    public boolean runsOn(String platform) {
        return platformTypes.stream().anyMatch(p -> p.equalsIgnoreCase(platform));
    }

    public Optional<ParameterDefinition> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
