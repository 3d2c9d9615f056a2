package io.lifeboat.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.commands.CommandSummary;
import io.lifeboat.commands.InvocationState;
import io.lifeboat.commands.OutputGroup;
import io.lifeboat.commands.Reachability;
import io.lifeboat.commands.SessionCommand;
import io.lifeboat.commands.TargetPreview;
import io.lifeboat.tasks.QueuedTaskRunner;
import io.lifeboat.ui.RecordingDialogs;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.Destinations;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssm.model.Command;

/**
 * The Run Command view model over the demo sandbox, on a queued runner the test drives: compose, the
 * preview, the review and the typed count, the watch, grouped outputs, re-run, canary, history,
 * templates, Start session. Commands are followed by running the follow task once the sandbox's clock
 * has moved past their end.
 */
class RunCommandViewModelTest {

    private static final String REGION = "eu-west-3";

    @TempDir
    Path home;

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private int threshold = 5;
    private Lifeboat core;
    private Session session;
    private RunCommandViewModel model;

    @BeforeEach
    void open() {
        core = Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE, spec -> new SandboxServiceClients(account));
        session = core.connect(ConnectionSpec.sandbox(REGION, false));
        model = new RunCommandViewModel(tasks, new RegionSelection(Destinations.COMMANDS, RegionSelection.Mode.ONE, tasks,
                core.settings()), dialogs, () -> threshold, core.commandTemplates(),
                () -> new SessionCommand.Environment("Linux", List.of(), p -> false));
        model.sessionChanged(session);
        tasks.runAll();
    }

    @AfterEach
    void close() {
        core.close();
    }

    private ComposeViewModel composeYumOnWeb() {
        ComposeViewModel compose = model.compose();
        assertThat(compose.documentProperty().get().name()).isEqualTo("AWS-RunShellScript");
        compose.setParameter("commands", "yum -y update");
        compose.tagRows().get(0).keyProperty().set("Role");
        compose.tagRows().get(0).valuesProperty().set("web");
        return compose;
    }

    private List<Command> sent() {
        return session.connection().clients().ssm(REGION).listCommands(r -> r.filters(f -> f.key("InvokedAfter")
                .value(Instant.parse("2025-03-10T08:59:00Z").toString()))).commands();
    }

    /**
     * Lets every invocation end, then runs what is queued: the follow task sees the command over at its
     * first refresh (a follow of a command not over would wait for real between refreshes).
     */
    private void finish() {
        clock.advance(Duration.ofMinutes(2));
        tasks.runAll();
    }

    @Test
    void thePreviewFlagsTheUnmanagedInstanceAndAboveTheThresholdTheCountIsTyped() {
        ComposeViewModel compose = composeYumOnWeb();

        TargetPreview preview = compose.previewProperty().get();
        assertThat(preview.rows()).hasSize(9);
        assertThat(preview.targetCount()).isEqualTo(8);
        assertThat(preview.neverReached()).singleElement().satisfies(r -> {
            assertThat(r.instance().name()).isEqualTo("prod-web-06");
            assertThat(r.reasons()).containsExactly(Reachability.NO_INSTANCE_PROFILE);
        });
        assertThat(compose.problems()).isEmpty();

        dialogs.answer = true;
        compose.reviewAndSend();

        assertThat(dialogs.asked).containsExactly("type 8: Send AWS-RunShellScript to 8 instances?");
        assertThat(tasks.waiting()).containsExactly("Send AWS-RunShellScript to Role=web in eu-west-3");
        tasks.run("Send");
        assertThat(sent()).singleElement().satisfies(c -> assertThat(c.targets().get(0).key()).isEqualTo("tag:Role"));
        CommandWatchViewModel watch = model.watch();
        assertThat(watch.rows()).as("right after sending: every target, pending").hasSize(8)
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(InvocationState.PENDING));

        finish();

        assertThat(watch.doneProperty().get()).isTrue();
        assertThat(watch.counts()).containsEntry(InvocationState.SUCCESS, 7).containsEntry(InvocationState.FAILED, 1);
        assertThat(watch.groups()).extracting(OutputGroup::size).containsExactly(7, 1);
        assertThat(watch.selectedGroupProperty().get()).as("what most printed shows without a click")
                .isSameAs(watch.groups().get(0));
        watch.selectedGroupProperty().set(watch.groups().get(1));
        watch.follow();
        tasks.runAll();
        assertThat(watch.selectedGroupProperty().get().size()).as("the user's pick outlives a refresh").isEqualTo(1);
        watch.diffProperty().set(true);
        assertThat(watch.groupTextProperty().get()).startsWith("1 instance printed this (Failed)")
                .contains("+ Another app is currently holding the yum lock");
    }

    @Test
    void declinedTheReviewSendsNothingAndBelowTheThresholdAYesIsEnough() {
        ComposeViewModel compose = composeYumOnWeb();
        threshold = 10;
        dialogs.answer = false;

        compose.reviewAndSend();

        assertThat(dialogs.asked).containsExactly("confirm: Send AWS-RunShellScript to 8 instances? [Send to 8]");
        assertThat(tasks.waiting()).isEmpty();
        assertThat(sent()).isEmpty();
    }

    @Test
    void reRunsTheFailedInstancesOnlyAndTheAuditLogHasEachCommandId() {
        ComposeViewModel compose = composeYumOnWeb();
        dialogs.answer = true;
        compose.reviewAndSend();
        tasks.run("Send");
        finish();
        String first = sent().get(0).commandId();

        model.watch().rerunFailed();
        tasks.run("Send");

        assertThat(dialogs.asked).last().asString().isEqualTo(
                "confirm: Run AWS-RunShellScript again on the 1 failed instances? [Re-run on 1]");
        List<Command> commands = sent();
        assertThat(commands).hasSize(2);
        Command rerun = commands.stream().filter(c -> !c.commandId().equals(first)).findFirst().orElseThrow();
        assertThat(rerun.instanceIds()).containsExactly(model.compose().previewProperty().get().rows().stream()
                .filter(r -> r.instance().name().equals("prod-web-03")).findFirst().orElseThrow().instance().id());
        assertThat(rerun.comment()).startsWith("re-run " + first.substring(0, 8));
        List<AuditRecord> audit = core.recentAudit(10);
        assertThat(audit).filteredOn(a -> a.operation().equals("SendCommand")).hasSize(2)
                .anySatisfy(a -> assertThat(a.resourceIds()).contains(first))
                .anySatisfy(a -> assertThat(a.resourceIds()).contains(rerun.commandId()));
    }

    @Test
    void aCanaryRunsFirstAndTheRestFollowsOnlyAfterItSucceeded() {
        ComposeViewModel compose = model.compose();
        compose.setParameter("commands", "uptime");
        compose.tagRows().get(0).keyProperty().set("Role");
        compose.tagRows().get(0).valuesProperty().set("web");
        compose.options().canaryProperty().set("2");
        dialogs.answer = true;
        compose.reviewAndSend();
        tasks.run("Send");
        assertThat(sent()).singleElement().satisfies(c -> assertThat(c.instanceIds()).hasSize(2));

        clock.advance(Duration.ofMinutes(2));
        tasks.run("Follow");
        tasks.run("Send");

        assertThat(sent()).as("the canary succeeded: the rest was sent by id").hasSize(2)
                .anySatisfy(c -> assertThat(c.instanceIds()).hasSize(6));
        assertThat(model.watch().canaryQuestionProperty().get()).isEmpty();
    }

    @Test
    void aFailedCanaryWaitsForTheUserToSayGo() {
        ComposeViewModel compose = composeYumOnWeb();
        compose.options().canaryProperty().set("3");
        dialogs.answer = true;
        compose.reviewAndSend();
        tasks.run("Send");
        // prod-web-03 (the troubled node) sorts among the first three by name.
        clock.advance(Duration.ofMinutes(2));
        tasks.run("Follow");

        assertThat(sent()).hasSize(1);
        assertThat(model.watch().canaryQuestionProperty().get()).startsWith("Canary: 1 of 3 did not succeed.");
        model.watch().sendRest();
        tasks.run("Send");
        assertThat(sent()).hasSize(2);
    }

    @Test
    void historyIsFilteredAndAPastCommandOpensWithItsInvocations() {
        CommandHistoryViewModel history = model.history();
        assertThat(history.commands()).hasSizeGreaterThan(5);
        history.statusProperty().set("Failed");
        tasks.runAll();
        assertThat(history.commands()).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo("Failed"));

        CommandSummary failed = history.commands().get(0);
        history.open(failed);
        tasks.runAll();

        assertThat(model.watch().titleProperty().get()).contains(failed.commandId());
        assertThat(model.watch().rows()).hasSize(failed.targetCount());
        assertThat(model.watch().doneProperty().get()).isTrue();
    }

    @Test
    void aRefusedValueBlocksTheSendWithItsReason() {
        ComposeViewModel compose = composeYumOnWeb();
        compose.setParameter("executionTimeout", "999999");

        assertThat(compose.parameterProblems()).containsKey("executionTimeout");
        compose.reviewAndSend();

        assertThat(dialogs.asked).containsExactly("info: Not ready to send");
        assertThat(sent()).isEmpty();
    }

    @Test
    void templatesSaveWhatIsComposedAndFillTheFormAgain() {
        ComposeViewModel compose = composeYumOnWeb();
        compose.options().maxConcurrencyProperty().set("25%");
        compose.saveTemplate("web security updates");
        tasks.runAll();
        assertThat(compose.templates()).extracting(t -> t.name()).containsExactly("web security updates");

        compose.setParameter("commands", "uptime");
        compose.tagRows().get(0).valuesProperty().set("api");
        compose.options().maxConcurrencyProperty().set("50");
        compose.apply(compose.templates().get(0), model.documents());
        tasks.runAll();

        assertThat(compose.parameterText("commands")).isEqualTo("yum -y update");
        assertThat(compose.tagRows()).singleElement().satisfies(r -> assertThat(r.valuesProperty().get()).isEqualTo("web"));
        assertThat(compose.options().maxConcurrencyProperty().get()).isEqualTo("25%");
    }

    @Test
    void startSessionOnTheSandboxExplainsAndCopiesTheCommand() {
        model.startSession(model.fleet().stream().filter(i -> i.name().equals("prod-web-01")).findFirst().orElseThrow());

        assertThat(dialogs.clipboard).startsWith("aws ssm start-session --target i-").endsWith("--region eu-west-3");
        assertThat(dialogs.asked).containsExactly("info: Start a session on prod-web-01");
    }
}
