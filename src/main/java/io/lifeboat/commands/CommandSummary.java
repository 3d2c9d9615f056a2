package io.lifeboat.commands;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A command as ListCommands reports it: what history lists, and what it takes to open it (its
 * invocations) or send it again.
 *
 * @param status        SSM's status ("Success", "Failed", "InProgress"...)
 * @param statusDetails finer: "Incomplete" for a Success with failures, "Delivery Timed Out"...
 * @param instanceIds   the ids it was sent to (empty for tag targets)
 * @param tagTargets    its tag conditions (empty for ids)
 */
public record CommandSummary(String region, String commandId, String documentName, String documentVersion,
                             String status, String statusDetails, Instant requestedAt, int targetCount,
                             int completedCount, int errorCount, int deliveryTimedOutCount,
                             Map<String, List<String>> parameters, List<String> instanceIds, List<TagTarget> tagTargets,
                             CommandOptions options) {

    public CommandSummary {
        parameters = Map.copyOf(parameters);
        instanceIds = List.copyOf(instanceIds);
        tagTargets = List.copyOf(tagTargets);
    }

    /** Its targets as they were given: "Role=web", "i-0abc…", "3 instances". */
    public String targets() {
        if (!tagTargets.isEmpty()) {
            return new Targets.ByTags(tagTargets).describe();
        }
        return instanceIds.isEmpty() ? "" : instanceIds.size() <= 2 ? String.join(", ", instanceIds)
                : instanceIds.size() + " instances";
    }

    /** The user's comment, without Lifeboat's send token. */
    public String comment() {
        return options.comment();
    }

    /** What the watch follows when the command is opened from the history. */
    public WatchedCommand watched() {
        return new WatchedCommand(commandId, instanceIds, targetCount, requestedAt);
    }

    /** The command as it was sent (its own targets), to send again or re-run elsewhere. */
    public CommandRequest request() {
        Targets targets = !tagTargets.isEmpty() ? new Targets.ByTags(tagTargets)
                : instanceIds.isEmpty() ? null : new Targets.ByInstances(instanceIds);
        String version = documentVersion == null || documentVersion.startsWith("$") ? null : documentVersion;
        return new CommandRequest(documentName, version, parameters, targets, options);
    }
}
