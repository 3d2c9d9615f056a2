package io.lifeboat.commands;

import java.time.Instant;
import java.util.List;

/**
 * A sent command as the watch follows it.
 *
 * @param expectedIds   the instances it was sent to, as far as Lifeboat knows (the batch, or the preview's
 *                      targets): shown as pending while SSM does not list invocations yet
 * @param expectedCount SSM's target count once known, else the preview's
 * @param sentAt        when it was sent: a command SSM still lists no invocation of after a while is asked about
 */
public record WatchedCommand(String commandId, List<String> expectedIds, int expectedCount, Instant sentAt) {

    public WatchedCommand {
        expectedIds = List.copyOf(expectedIds);
    }

    public static List<WatchedCommand> of(SendOutcome outcome, List<String> previewIds, Instant sentAt) {
        return outcome.sent().stream().map(s -> {
            List<String> ids = s.instanceIds().isEmpty() ? previewIds : s.instanceIds();
            return new WatchedCommand(s.commandId(), ids, s.instanceIds().isEmpty() && s.targetCount() > 0
                    ? s.targetCount() : ids.size(), sentAt);
        }).toList();
    }

    public WatchedCommand withExpectedCount(int count) {
        return new WatchedCommand(commandId, expectedIds, count, sentAt);
    }
}
