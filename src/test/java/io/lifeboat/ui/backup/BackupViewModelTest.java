package io.lifeboat.ui.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.RegionProgress;
import io.lifeboat.backup.RunScope;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.testing.Fleet;
import io.lifeboat.ui.RecordingDialogs;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.volumes.BackupConvention;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups view model on the same-thread runner over an empty sandbox: confirmations and their consequences. */
class BackupViewModelTest {

    private static final String REGION = "eu-west-3";

    @TempDir
    Path home;

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-25T12:00:00Z"));
    private final SandboxAccount account = SandboxAccount.empty(clock);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Lifeboat core;
    private Session session;
    private BackupViewModel model;

    @BeforeEach
    void open() {
        core = Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE, spec -> new SandboxServiceClients(account));
        session = core.connect(ConnectionSpec.sandbox(REGION, false));
        Fleet fleet = new Fleet(session.connection().clients().ec2(REGION), REGION);
        fleet.instance(tags("Name", "web-1", "Backup", "Yes"));
        String old = fleet.volume(5, Map.of());
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            fleet.snapshot(old, tags("Type", "Automated", "DeleteOn", "2026-11-2" + i));
        }
        clock.advance(Duration.ofMinutes(1));
        InlineTaskRunner tasks = new InlineTaskRunner();
        model = new BackupViewModel(tasks, new RegionSelection(Destinations.BACKUPS, RegionSelection.Mode.SEVERAL,
                tasks, core.settings()), dialogs, core.backupRuns(), () -> BackupSettings.defaults(BackupConvention.DEFAULT));
        model.sessionChanged(session);
        session.connection().calls().reset();
    }

    @AfterEach
    void close() {
        core.close();
    }

    private long sent(String operation) {
        return session.connection().calls().count(operation);
    }

    @Test
    void theSessionsPlanIsShownAtOnce() {
        assertThat(model.regions().chosen()).containsExactly(REGION);
        assertThat(model.creates()).hasSize(1);
        assertThat(model.deletions()).hasSize(3);
        assertThat(model.regions().available()).contains(REGION, "us-east-1");
        assertThat(model.runs()).isEmpty();
    }

    @Test
    void aFewDeletionsAreConfirmedWithTheirCountAndDecliningRunsNothing() {
        dialogs.answer = false;

        model.run(RunScope.CREATE_AND_PRUNE);

        assertThat(dialogs.asked).containsExactly("confirm: Delete 3 expired snapshots? [Run and delete 3]");
        assertThat(sent("CreateSnapshot") + sent("DeleteSnapshot")).isZero();
        assertThat(model.runs()).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aConfirmedRunShowsItsReportAddsAHistoryRowAndReplansToNothing() {
        dialogs.answer = true;

        model.run(RunScope.CREATE_AND_PRUNE);

        assertThat(model.reportProperty().get().summary()).isEqualTo("1 snapshot created; 3 deleted");
        assertThat(model.outcomes()).extracting(OutcomeRow::status).containsExactly("created", "deletion deleted",
                "deletion deleted", "deletion deleted");
        assertThat(model.runs()).singleElement().satisfies(r -> assertThat(r.profile()).isEqualTo("sandbox"));
        assertThat(model.regionProgress()).as("each region's progress, as the run reported it").singleElement()
                .satisfies(p -> {
                    assertThat(p.region()).isEqualTo(REGION);
                    assertThat(p.phase()).isEqualTo(RegionProgress.Phase.DONE);
                    assertThat(p.done()).isEqualTo(p.total()).isEqualTo(1 + 3);
                    assertThat(RegionProgressRows.text(p)).isEqualTo("4 / 4 \u00b7 done");
                });
        assertThat(model.creates()).isEmpty();
        assertThat(model.deletions()).isEmpty();
        model.reportProperty().set(null);
        model.open(model.runs().get(0));
        assertThat(model.reportProperty().get().counts().deleted()).isEqualTo(3);
    }

    @Test
    void snapshotOnlyAsksNothingAndDeletesNothing() {
        model.run(RunScope.CREATE_ONLY);

        assertThat(dialogs.asked).isEmpty();
        assertThat(sent("DeleteSnapshot")).isZero();
        assertThat(model.reportProperty().get().summary()).isEqualTo("1 snapshot created; 0 deleted");
        assertThat(model.deletions()).hasSize(3);
    }

    @Test
    void theDeployCommandsFollowTheConnectionAndTheChosenRegions() {
        model.regions().choose(List.of("eu-west-3", "eu-west-1"));

        assertThat(model.deployCommands().script()).contains("--profile YOUR_PROFILE --region eu-west-3")
                .contains("Regions=eu-west-3,eu-west-1").contains("s3://lifeboat-111122223333-eu-west-3/");
    }
}
