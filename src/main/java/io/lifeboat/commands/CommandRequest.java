package io.lifeboat.commands;

import java.util.List;
import java.util.Map;

/**
 * A command ready to send: the document (and version, or its default), the parameters as SendCommand
 * carries them, the targets and the options.
 *
 * @param documentVersion a version number, or {@code null} for the document's default version
 */
public record CommandRequest(String documentName, String documentVersion, Map<String, List<String>> parameters,
                             Targets targets, CommandOptions options) {

    public CommandRequest {
        parameters = Map.copyOf(parameters);
    }

    /** The same command for other targets (a canary's rest, a re-run on the failed instances). */
    public CommandRequest withTargets(Targets other) {
        return new CommandRequest(documentName, documentVersion, parameters, other, options);
    }

    public CommandRequest withComment(String comment) {
        return new CommandRequest(documentName, documentVersion, parameters, targets, options.withComment(comment));
    }
}
