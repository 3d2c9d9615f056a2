package io.lifeboat.ui.commands;

import io.lifeboat.app.Session;
import io.lifeboat.commands.CommandProgress;
import io.lifeboat.commands.CommandRequest;
import io.lifeboat.commands.CommandSummary;
import io.lifeboat.commands.InvocationRow;
import io.lifeboat.commands.InvocationState;
import io.lifeboat.commands.LineDiff;
import io.lifeboat.commands.OutputGroup;
import io.lifeboat.commands.OutputGroups;
import io.lifeboat.commands.SendOutcome;
import io.lifeboat.commands.Targets;
import io.lifeboat.commands.WatchedCommand;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One command being watched: every instance's status, refreshed by paginated ListCommandInvocations
 * (a task that follows it until it is over), counts by status, identical outputs grouped with a diff
 * between groups, an instance's full output on demand; cancel (whole or chosen instances), re-run on
 * the failed ones, and a canary's rest sent once the canary succeeded (or the user says go).
 */
public final class CommandWatchViewModel {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final IntSupplier confirmTypingAbove;
    private final StringProperty title = new SimpleStringProperty("No command yet: send one from Compose, or open one from History.");
    private final ObservableList<InvocationRow> rows = FXCollections.observableArrayList();
    private final ObservableMap<InvocationState, Integer> counts = FXCollections.observableMap(new EnumMap<>(InvocationState.class));
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final BooleanProperty following = new SimpleBooleanProperty();
    private final ObservableList<OutputGroup> groups = FXCollections.observableArrayList();
    private final StringProperty groupsSummary = new SimpleStringProperty("");
    private final ObjectProperty<OutputGroup> selectedGroup = new SimpleObjectProperty<>();
    private final BooleanProperty diff = new SimpleBooleanProperty();
    private final StringProperty groupText = new SimpleStringProperty("");
    private final StringProperty outputText = new SimpleStringProperty("");
    private final StringProperty canaryQuestion = new SimpleStringProperty("");
    private final Object followSlot = new Object();
    private final Object outputSlot = new Object();
    private Session session;
    private String region;
    private CommandRequest request;
    private List<WatchedCommand> watched = List.of();
    private CommandProgress progress;
    private SendPlan pendingRest;
    private OutputGroup shownByDefault;

    CommandWatchViewModel(TaskRunner tasks, DialogService dialogs, IntSupplier confirmTypingAbove) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.confirmTypingAbove = confirmTypingAbove;
        selectedGroup.addListener((obs, was, now) -> showGroup());
        diff.addListener((obs, was, now) -> showGroup());
    }

    /** Sends the plan's first request, then follows it; {@code whenDone} runs once the send is over. */
    void send(Session on, String where, SendPlan plan, Runnable whenDone) {
        int count = plan.firstIds().size();
        tasks.submit(TaskSpec.titled("Send " + plan.first().documentName() + " to " + plan.first().targets().describe()
                        + " in " + where).mutating().resources(List.of(where))
                .<SendOutcome>body(context -> on.commands().send(where, plan.first(), context))
                .onSuccess(outcome -> sent(on, where, plan, outcome))
                .onFinished(whenDone)
                .build());
        summary.set("Sending to " + count + " instances…");
    }

    private void sent(Session on, String where, SendPlan plan, SendOutcome outcome) {
        if (outcome.status() == SendOutcome.Status.FAILED) {
            dialogs.showProblem("The command was not sent", outcome.problem());
            return;
        }
        if (outcome.status() != SendOutcome.Status.SENT) {
            dialogs.showInformation(outcome.status() == SendOutcome.Status.UNKNOWN ? "The send's outcome is unknown"
                    : "The command was sent in part", outcome.summary());
        }
        if (outcome.sent().isEmpty()) {
            return;
        }
        pendingRest = plan.canary() ? plan : null;
        canaryQuestion.set("");
        watch(on, where, plan.first(), WatchedCommand.of(outcome, plan.firstIds(),
                on.connection().clients().clock().instant()), (plan.canary() ? "Canary: " : "") + plan.first().documentName()
                + " on " + plan.first().targets().describe());
    }

    /** Opens a past command from the history and follows it if it is not over. */
    void open(Session on, CommandSummary command) {
        pendingRest = null;
        canaryQuestion.set("");
        watch(on, command.region(), command.request(), List.of(command.watched()),
                command.documentName() + " on " + command.targets());
    }

    private void watch(Session on, String where, CommandRequest sent, List<WatchedCommand> commands, String what) {
        session = on;
        region = where;
        request = sent;
        watched = commands;
        title.set(what + "  ·  " + commands.stream().map(WatchedCommand::commandId).collect(Collectors.joining(", ")));
        selectedGroup.set(null);
        outputText.set("");
        apply(CommandProgress.started(commands));
        follow();
    }

    /** Refreshes until the command is over (a task the Activity view lists; cancelling it stops watching only). */
    public void follow() {
        Session on = session;
        String where = region;
        List<WatchedCommand> commands = watched;
        if (on == null || commands.isEmpty()) {
            return;
        }
        following.set(true);
        tasks.submit(TaskSpec.titled("Follow command " + commands.get(0).commandId() + " in " + where)
                .resources(commands.stream().map(WatchedCommand::commandId).toList()).onlyLatest(followSlot)
                .<CommandProgress>body(context -> on.commands().control().follow(where, commands,
                        p -> tasks.runOnCallbackThread(() -> apply(p)), context))
                .onSuccess(end -> {
                    apply(end);
                    if (pendingRest != null) {
                        canaryOver();
                    }
                })
                .onFinished(() -> following.set(false))
                .build());
    }

    private void apply(CommandProgress next) {
        progress = next;
        watched = next.watched();
        rows.setAll(next.rows());
        counts.putAll(next.counts());
        summary.set(next.summary());
        done.set(next.done());
        OutputGroup chosen = selectedGroup.get();
        groups.setAll(OutputGroups.of(next.rows()));
        groupsSummary.set(OutputGroups.summary(groups, next.rows()));
        // The group the user picked stays shown; until then, the largest one (what most instances printed).
        OutputGroup shown = chosen == null || chosen == shownByDefault ? null
                : groups.stream().filter(g -> g.output().equals(chosen.output())).findFirst().orElse(null);
        if (shown == null && !groups.isEmpty()) {
            shown = groups.get(0);
            shownByDefault = shown;
        }
        selectedGroup.set(shown);
    }

    private void canaryOver() {
        long notOk = progress.rows().stream().filter(r -> r.state() != InvocationState.SUCCESS).count();
        if (notOk == 0) {
            sendRest();
        } else {
            canaryQuestion.set("Canary: " + notOk + " of " + progress.rows().size() + " did not succeed. The other "
                    + pendingRest.restIds().size() + " instances have not been sent the command.");
        }
    }

    /** Sends the canary's rest: after it succeeded, or because the user says go. */
    public void sendRest() {
        SendPlan rest = pendingRest;
        if (rest == null) {
            return;
        }
        pendingRest = null;
        canaryQuestion.set("");
        send(session, region, new SendPlan(rest.rest(), rest.restIds(), null, List.of()), () -> { });
    }

    public void dropRest() {
        pendingRest = null;
        canaryQuestion.set("");
        summary.set(summary.get() + " · the rest was not sent");
    }

    /** Cancels the whole command (every batch), after a yes. */
    public void cancelAll() {
        if (progress == null || done.get() || !dialogs.confirm("Cancel the command?", "SSM stops the invocations not "
                + "finished yet (" + progress.unfinishedInstanceIds().size() + "); those that finished keep their result.",
                "Cancel the command")) {
            return;
        }
        cancel(progress.commandIds().stream().collect(Collectors.toMap(id -> id, id -> List.<String>of())));
    }

    /** Cancels the chosen instances' invocations only. */
    public void cancel(List<InvocationRow> chosen) {
        List<InvocationRow> running = chosen.stream().filter(r -> !r.state().terminal()).toList();
        if (running.isEmpty() || !dialogs.confirm("Cancel on " + running.size() + " instances?", running.stream()
                .map(InvocationRow::instanceId).collect(Collectors.joining(", ")), "Cancel " + running.size())) {
            return;
        }
        cancel(running.stream().collect(Collectors.groupingBy(InvocationRow::commandId,
                Collectors.mapping(InvocationRow::instanceId, Collectors.toList()))));
    }

    private void cancel(Map<String, List<String>> byCommand) {
        Session on = session;
        String where = region;
        tasks.submit(TaskSpec.titled("Cancel command " + String.join(", ", byCommand.keySet()) + " in " + where)
                .mutating().resources(List.copyOf(byCommand.keySet()))
                .body(context -> {
                    byCommand.forEach((id, ids) -> on.commands().control().cancel(where, id, ids));
                    return null;
                })
                .onSuccess(ignored -> follow())
                .build());
    }

    /** Sends the same command again to the instances where it failed, timed out or was undeliverable. */
    public void rerunFailed() {
        if (progress == null || request == null) {
            return;
        }
        List<String> failed = progress.failedInstanceIds();
        if (failed.isEmpty()) {
            dialogs.showInformation("Nothing to re-run", "No instance failed, timed out or was undeliverable.");
            return;
        }
        String title = "Run " + request.documentName() + " again on the " + failed.size() + " failed instances?";
        String message = "The same document, parameters and options, sent by id to:\n" + String.join("\n", failed);
        boolean confirmed = failed.size() > confirmTypingAbove.getAsInt()
                ? dialogs.confirmByTyping(title, message, Integer.toString(failed.size()))
                : dialogs.confirm(title, message, "Re-run on " + failed.size());
        if (confirmed) {
            CommandRequest again = request.withTargets(new Targets.ByInstances(failed))
                    .withComment(("re-run " + progress.commandIds().get(0).substring(0, 8) + " " + request.options().comment()).trim());
            send(session, region, new SendPlan(again, failed, null, List.of()), () -> { });
        }
    }

    /** An instance's output from GetCommandInvocation: up to 24,000 characters of stdout, saying when cut. */
    public void openOutput(InvocationRow row) {
        Session on = session;
        String where = region;
        if (on == null || row == null) {
            return;
        }
        outputText.set("Reading the output of " + row.instanceId() + "…");
        tasks.submit(TaskSpec.titled("Read the output of " + row.instanceId()).resources(List.of(row.instanceId()))
                .onlyLatest(outputSlot)
                .body(context -> on.commands().control().output(where, row.commandId(), row.instanceId(), row.plugins()))
                .onSuccess(output -> outputText.set(row.instanceId() + " (" + row.state().label() + ")\n\n" + output.text()))
                .build());
    }

    private void showGroup() {
        OutputGroup group = selectedGroup.get();
        if (group == null) {
            groupText.set("");
            return;
        }
        String members = group.members().stream().map(InvocationRow::instanceId).collect(Collectors.joining(", "));
        OutputGroup largest = groups.isEmpty() ? group : groups.get(0);
        String body = diff.get() && largest != group
                ? "Diff against the largest group (" + largest.size() + " instances): - only there, + only here\n\n"
                + LineDiff.text(LineDiff.of(largest.output(), group.output()))
                : group.output().isEmpty() ? "(no output)" : group.output();
        groupText.set(group.headline() + "\n" + members + "\n\n" + body);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<InvocationRow> rows() {
        return rows;
    }

    public ObservableMap<InvocationState, Integer> counts() {
        return counts;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public BooleanProperty followingProperty() {
        return following;
    }

    public ObservableList<OutputGroup> groups() {
        return groups;
    }

    public StringProperty groupsSummaryProperty() {
        return groupsSummary;
    }

    public ObjectProperty<OutputGroup> selectedGroupProperty() {
        return selectedGroup;
    }

    public BooleanProperty diffProperty() {
        return diff;
    }

    public StringProperty groupTextProperty() {
        return groupText;
    }

    public StringProperty outputTextProperty() {
        return outputText;
    }

    public StringProperty canaryQuestionProperty() {
        return canaryQuestion;
    }

    /** The commands watched now, for the history's "open". */
    List<String> commandIds() {
        return watched.stream().map(WatchedCommand::commandId).toList();
    }
}
