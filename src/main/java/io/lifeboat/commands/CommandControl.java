package io.lifeboat.commands;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.backup.Sleeper;
import io.lifeboat.tasks.TaskCancelledException;
import io.lifeboat.tasks.TaskContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;

/**
 * What is done to a sent command: follow it until it is over (a refresh, then a pause that grows from
 * one to five seconds), cancel it (whole, or on chosen instances), read one instance's output.
 */
public final class CommandControl {

    /** Pauses between refreshes: quick at first, when SSM starts listing invocations, then steady. */
    static final List<Duration> PAUSES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(5));

    private final ServiceClients clients;
    private final InvocationReader reader;
    private final Sleeper sleeper;

    CommandControl(ServiceClients clients, InvocationReader reader, Sleeper sleeper) {
        this.clients = clients;
        this.reader = reader;
        this.sleeper = sleeper;
    }

    /**
     * Refreshes until every command is over, handing each refresh to {@code listener} (on the task's thread).
     *
     * @throws TaskCancelledException when the task is cancelled: the commands themselves run on
     */
    public CommandProgress follow(String region, List<WatchedCommand> watched, Consumer<CommandProgress> listener,
                                  TaskContext context) {
        List<WatchedCommand> current = watched;
        for (int refresh = 0; ; refresh++) {
            context.checkCancelled();
            CommandProgress progress = reader.read(region, current, context);
            listener.accept(progress);
            context.progress(progress.finished(), Math.max(progress.expected(), progress.rows().size()));
            context.message(progress.summary());
            if (progress.done()) {
                CommandProgress concluded = reader.conclude(region, progress);
                listener.accept(concluded);
                return concluded;
            }
            current = progress.watched();
            try {
                sleeper.sleep(PAUSES.get(Math.min(refresh, PAUSES.size() - 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TaskCancelledException();
            }
        }
    }

    /** Cancels the whole command ({@code instanceIds} empty), or only those instances' invocations. */
    public void cancel(String region, String commandId, List<String> instanceIds) {
        SsmClient ssm = clients.ssm(region);
        if (instanceIds.isEmpty()) {
            ssm.cancelCommand(r -> r.commandId(commandId));
            return;
        }
        for (List<String> batch : Targets.ByInstances.batches(instanceIds)) {
            ssm.cancelCommand(r -> r.commandId(commandId).instanceIds(batch));
        }
    }

    /**
     * One instance's output from GetCommandInvocation (a call per step of the document). Right after
     * sending SSM answers InvocationDoesNotExist: the output then says it is not there yet.
     */
    public InvocationOutput output(String region, String commandId, String instanceId, List<String> plugins) {
        SsmClient ssm = clients.ssm(region);
        List<InvocationOutput.Step> steps = new ArrayList<>();
        List<String> asked = plugins.size() <= 1 ? java.util.Collections.singletonList(null) : plugins;
        String logGroup = null;
        for (String plugin : asked) {
            try {
                GetCommandInvocationResponse r = ssm.getCommandInvocation(b -> b.commandId(commandId)
                        .instanceId(instanceId).pluginName(plugin));
                steps.add(new InvocationOutput.Step(r.pluginName(), true, r.statusAsString(), r.statusDetails(),
                        r.responseCode() == null ? -1 : r.responseCode(), text(r.standardOutputContent()),
                        text(r.standardErrorContent()), text(r.standardOutputUrl()), text(r.standardErrorUrl())));
                if (r.cloudWatchOutputConfig() != null && Boolean.TRUE.equals(r.cloudWatchOutputConfig().cloudWatchOutputEnabled())) {
                    logGroup = r.cloudWatchOutputConfig().cloudWatchLogGroupName();
                }
            } catch (InvocationDoesNotExistException notYet) {
                steps.add(new InvocationOutput.Step(plugin == null ? "" : plugin, false, "", "", -1, "", "", "", ""));
            }
        }
        return new InvocationOutput(commandId, instanceId, steps, logGroup);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
