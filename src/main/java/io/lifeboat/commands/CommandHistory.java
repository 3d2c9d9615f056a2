package io.lifeboat.commands;

import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Command;

/** Past commands from ListCommands (50 a page, newest first, filtered on SSM's side), as summaries. */
final class CommandHistory {

    static final int PAGE = 50;

    private CommandHistory() {
    }

    static List<CommandSummary> list(SsmClient ssm, String region, HistoryFilter filter, int limit,
                                     TaskContext context) {
        List<CommandSummary> history = new ArrayList<>();
        for (var page : ssm.listCommandsPaginator(r -> r.maxResults(PAGE).filters(filter.filters()))) {
            context.checkCancelled();
            for (Command command : page.commands()) {
                history.add(summary(region, command));
                if (history.size() >= limit) {
                    return history;
                }
            }
        }
        return history;
    }

    static CommandSummary summary(String region, Command c) {
        List<TagTarget> tags = c.targets().stream().filter(t -> t.key() != null && t.key().startsWith("tag:"))
                .map(t -> new TagTarget(t.key().substring(4), t.values())).toList();
        List<String> ids = new ArrayList<>(c.instanceIds());
        c.targets().stream().filter(t -> "InstanceIds".equalsIgnoreCase(t.key())).forEach(t -> ids.addAll(t.values()));
        String group = c.cloudWatchOutputConfig() != null && Boolean.TRUE.equals(c.cloudWatchOutputConfig()
                .cloudWatchOutputEnabled()) ? c.cloudWatchOutputConfig().cloudWatchLogGroupName() : null;
        CommandOptions options = new CommandOptions(ClientToken.strip(c.comment()), c.timeoutSeconds(),
                new RateControl(orDefault(c.maxConcurrency(), "50"), orDefault(c.maxErrors(), "0")),
                c.outputS3BucketName(), c.outputS3KeyPrefix(), group,
                c.notificationConfig() == null ? null : c.notificationConfig().notificationArn(), c.serviceRole());
        return new CommandSummary(region, c.commandId(), c.documentName(), c.documentVersion(), c.statusAsString(),
                c.statusDetails(), c.requestedDateTime(), zero(c.targetCount()), zero(c.completedCount()),
                zero(c.errorCount()), zero(c.deliveryTimedOutCount()), c.parameters(), ids, tags,
                options);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
