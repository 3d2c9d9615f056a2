package io.lifeboat.commands;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A composed command saved under a name in the local store, to run again: the document, the values
 * given, the targets, the options and the canary size.
 *
 * @param tagTargets  the tag conditions as typed ("Role=web,api"), or empty
 * @param instanceIds the instances picked by hand, or empty
 * @param canary      how many instances run it first (0: no canary)
 */
public record CommandTemplate(String name, String documentName, Map<String, List<String>> parameters,
                              List<String> tagTargets, List<String> instanceIds, CommandOptions options, int canary,
                              Instant savedAt) {

    public CommandTemplate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A template needs a name");
        }
        name = name.trim();
        parameters = Map.copyOf(parameters);
        tagTargets = List.copyOf(tagTargets);
        instanceIds = List.copyOf(instanceIds);
    }

    public static CommandTemplate of(String name, CommandRequest request, int canary, Instant now) {
        List<String> tags = request.targets() instanceof Targets.ByTags t
                ? t.conditions().stream().map(TagTarget::toString).toList() : List.of();
        List<String> ids = request.targets() instanceof Targets.ByInstances i ? i.instanceIds() : List.of();
        return new CommandTemplate(name, request.documentName(), request.parameters(), tags, ids, request.options(),
                canary, now);
    }

    /** The targets saved, or {@code null} when none were. */
    public Targets targets() {
        if (!tagTargets.isEmpty()) {
            return new Targets.ByTags(tagTargets.stream().map(TagTarget::parse).toList());
        }
        return instanceIds.isEmpty() ? null : new Targets.ByInstances(instanceIds);
    }
}
