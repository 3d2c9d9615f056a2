package io.lifeboat.commands;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;

/**
 * Reads where a command stands with paginated ListCommandInvocations (50 invocations per call, with
 * Details so each carries its plugin output): a refresh of N instances costs ceil(N/50) calls, never a
 * call per instance. Right after sending SSM lists no invocations yet; the instances the command went
 * to are then shown as pending. ListCommands is asked only when every listed invocation is over but
 * fewer are listed than expected; {@link #conclude} asks it once at the end for the commands' own status
 * (one paginated call for a send of several batches, not one per batch).
 */
public final class InvocationReader {

    static final int PAGE = 50;
    /** A command SSM lists no invocation of this long after sending is asked about (it may target none). */
    static final java.time.Duration QUIET = java.time.Duration.ofSeconds(30);
    private static final Set<String> TERMINAL = Set.of("Success", "Failed", "TimedOut", "Cancelled");

    private final ServiceClients clients;
    private final java.time.Clock clock;

    public InvocationReader(ServiceClients clients, java.time.Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** One refresh of every command of a send. */
    public CommandProgress read(String region, List<WatchedCommand> watched, TaskContext context) {
        SsmClient ssm = clients.ssm(region);
        List<InvocationRow> rows = new ArrayList<>();
        List<WatchedCommand> updated = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        boolean done = true;
        for (WatchedCommand command : watched) {
            context.checkCancelled();
            List<InvocationRow> listed = list(ssm, command.commandId());
            boolean over = !listed.isEmpty() && listed.stream().allMatch(r -> r.state().terminal());
            WatchedCommand current = command;
            String status = null;
            boolean quiet = listed.isEmpty() && (command.expectedCount() == 0
                    || clock.instant().isAfter(command.sentAt().plus(QUIET)));
            if (quiet || over && listed.size() < command.expectedCount()) {
                Command summary = summary(ssm, command.commandId());
                int targets = summary.targetCount() == null ? 0 : summary.targetCount();
                boolean terminal = TERMINAL.contains(summary.statusAsString());
                if (terminal && targets == listed.size()) {
                    current = command.withExpectedCount(targets);
                    status = summary.statusDetails();
                    over = true;
                } else {
                    over = false;
                    if (targets > 0) {
                        current = command.withExpectedCount(targets);
                    }
                }
            }
            rows.addAll(listed.isEmpty() ? pending(command) : listed);
            updated.add(current);
            done &= over;
            statuses.add(status);
        }
        rows.sort(Comparator.comparing(InvocationRow::instanceName).thenComparing(InvocationRow::instanceId));
        String known = done && statuses.stream().allMatch(Objects::nonNull) ? join(statuses) : null;
        return new CommandProgress(updated, rows, done, known);
    }

    private static List<InvocationRow> pending(WatchedCommand command) {
        return command.expectedIds().stream().map(id -> InvocationRow.notListedYet(command.commandId(), id)).toList();
    }

    private static List<InvocationRow> list(SsmClient ssm, String commandId) {
        return ssm.listCommandInvocationsPaginator(r -> r.commandId(commandId).details(true).maxResults(PAGE))
                .commandInvocations().stream().map(InvocationReader::row).toList();
    }

    private static Command summary(SsmClient ssm, String commandId) {
        List<Command> commands = ssm.listCommands(r -> r.commandId(commandId)).commands();
        return commands.isEmpty() ? Command.builder().commandId(commandId).build() : commands.get(0);
    }

    /**
     * SSM's own word on how a finished send ended ("Success", "Incomplete", "Failed"...): one ListCommands
     * by id for one command, one paginated listing of the commands sent since for several.
     */
    public CommandProgress conclude(String region, CommandProgress progress) {
        if (!progress.done() || progress.finalStatus() != null) {
            return progress;
        }
        SsmClient ssm = clients.ssm(region);
        List<String> ids = progress.commandIds();
        java.util.Map<String, String> statuses = new java.util.HashMap<>();
        if (ids.size() == 1) {
            statuses.put(ids.get(0), summary(ssm, ids.get(0)).statusDetails());
        } else {
            java.time.Instant since = progress.watched().stream().map(WatchedCommand::sentAt)
                    .min(Comparator.naturalOrder()).orElseThrow().minus(CommandSender.LOOK_BACK);
            for (var page : ssm.listCommandsPaginator(r -> r.maxResults(PAGE).filters(f -> f.key("InvokedAfter")
                    .value(since.toString())))) {
                page.commands().stream().filter(c -> ids.contains(c.commandId()))
                        .forEach(c -> statuses.put(c.commandId(), c.statusDetails()));
                if (statuses.keySet().containsAll(ids)) {
                    break;
                }
            }
        }
        return new CommandProgress(progress.watched(), progress.rows(), true,
                join(ids.stream().map(statuses::get).toList()));
    }

    private static String join(List<String> statuses) {
        List<String> distinct = statuses.stream().filter(Objects::nonNull).distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : String.join(" / ", distinct);
    }

    static InvocationRow row(CommandInvocation invocation) {
        List<CommandPlugin> plugins = invocation.commandPlugins();
        Instant started = plugins.stream().map(CommandPlugin::responseStartDateTime).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Instant ended = plugins.stream().map(CommandPlugin::responseFinishDateTime).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Integer code = plugins.stream().map(CommandPlugin::responseCode).filter(c -> c != null && c != -1)
                .filter(c -> c != 0).findFirst()
                .orElse(plugins.stream().map(CommandPlugin::responseCode).filter(c -> c != null && c != -1)
                        .findFirst().orElse(null));
        String output = plugins.size() == 1 ? nullToEmpty(plugins.get(0).output())
                : plugins.stream().map(p -> p.name() + ":\n" + nullToEmpty(p.output())).collect(Collectors.joining("\n\n"));
        InvocationState state = InvocationState.of(invocation.statusAsString(), invocation.statusDetails());
        return new InvocationRow(invocation.commandId(), invocation.instanceId(), nullToEmpty(invocation.instanceName()),
                state, invocation.statusDetails(), started, state.terminal() ? ended : null, code, output,
                InvocationRow.cut(output), plugins.stream().map(CommandPlugin::name).toList(), true);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
