package io.lifeboat.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.backup.PlanSkip;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.backup.SnapshotDeletion;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.store.BackupRunHistory.BackupRun;
import io.lifeboat.ui.FxApp;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The ops engineer's path through Backups on the demo sandbox at noon: read the plan (last night's
 * snapshots are done, two nights of pruning are overdue, a golden AMI holds one due snapshot), run it,
 * type the number of deletions to confirm them, and find the report, the history row and the new
 * snapshots in the Snapshots view.
 */
@ExtendWith(ApplicationExtension.class)
class BackupFxTest {

    @TempDir
    static Path home;

    private FxApp app;

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, SandboxClock.manual(Instant.parse("2026-11-25T12:00:00Z")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    @Test
    void readThePlanRunItConfirmTheDeletionsAndSeeTheReportAndTheNewSnapshots(FxRobot robot) {
        FxApp.waitUntil(() -> !table(robot, "#volumesTable").getItems().isEmpty());
        robot.clickOn("#nav-backups");
        TableView<SnapshotCreate> creates = table(robot, "#backupCreates");
        TableView<SnapshotDeletion> deletions = table(robot, "#backupDeletions");
        TableView<PlanSkip> skips = table(robot, "#backupSkips");
        FxApp.waitUntil(() -> !creates.getItems().isEmpty());

        int volumes = creates.getItems().stream().mapToInt(c -> c.volumes().size()).sum();
        int due = deletions.getItems().size();
        assertThat(due).isGreaterThan(BackupViewModel.CONFIRM_BY_TYPING_ABOVE);
        assertThat(robot.lookup("#createTotals").queryAs(Label.class).getText()).startsWith(volumes + " volumes");
        assertThat(skips.getItems()).anySatisfy(s -> assertThat(s.reason()).isEqualTo(PlanSkip.Reason.IN_USE_BY_AMI))
                .anySatisfy(s -> assertThat(s.reason()).isEqualTo(PlanSkip.Reason.ALREADY_SNAPSHOTTED_TODAY));

        robot.clickOn("#runNowButton");
        robot.clickOn("#confirmTypedField").write(Integer.toString(due));
        robot.clickOn("Confirm");

        TableView<OutcomeRow> report = table(robot, "#backupReport");
        TableView<BackupRun> history = table(robot, "#backupHistory");
        FxApp.waitUntil(() -> !report.getItems().isEmpty() && history.getItems().size() == 1);
        List<String> made = report.getItems().stream().filter(r -> r.status().equals("created"))
                .map(OutcomeRow::snapshotId).toList();
        assertThat(made).hasSize(volumes).allSatisfy(id -> assertThat(id).startsWith("snap-"));
        assertThat(report.getItems()).filteredOn(r -> r.status().equals("deletion deleted")).hasSize(due);
        assertThat(robot.lookup("#reportSummary").queryAs(Label.class).getText())
                .startsWith(volumes + " snapshots created").contains(due + " deleted");
        assertThat(history.getItems().get(0).outcome()).isEqualTo("done");
        // The plan reloads after the run: nothing left to do today.
        FxApp.waitUntil(() -> creates.getItems().isEmpty() && deletions.getItems().isEmpty());

        robot.clickOn("#nav-snapshots");
        TableView<SnapshotRow> snapshots = table(robot, "#snapshotsTable");
        FxApp.waitUntil(() -> snapshots.getItems().stream().anyMatch(s -> s.id().equals(made.get(0))));
    }
}
