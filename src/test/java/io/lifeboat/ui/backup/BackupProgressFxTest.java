package io.lifeboat.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxLimits;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.ui.FxApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While a run goes, each region of it shows its own line in the Backups view: a bar, how far it is, and
 * what EC2's throttling taught its pace. The demo sandbox answers slowly here and throttles its writes
 * (2 tokens refilled 4 a second, a quarter of a second a call), so the run lasts long enough to be seen.
 */
@ExtendWith(ApplicationExtension.class)
class BackupProgressFxTest {

    @TempDir
    static Path home;

    private FxApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = FxApp.start(stage, home, SandboxClock.manual(Instant.parse("2026-11-25T12:00:00Z")));
    }

    @AfterEach
    void close() {
        app.account().limit(SandboxLimits.NONE);
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void whileARunGoesEachRegionShowsItsProgressThenTheReportReplacesIt(FxRobot robot) {
        FxApp.waitUntil(() -> !robot.lookup("#volumesTable").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn("#nav-backups");
        TableView<SnapshotCreate> creates = robot.lookup("#backupCreates").queryAs(TableView.class);
        FxApp.waitUntil(() -> !creates.getItems().isEmpty());
        app.account().limit(SandboxLimits.ec2Defaults().withMutating(new SandboxLimits.Bucket(2, 4))
                .withLatency(Duration.ofMillis(250)));

        robot.clickOn("#snapshotOnlyButton");

        VBox rows = robot.lookup("#regionRows").queryAs(VBox.class);
        FxApp.waitUntil(() -> rows.getParent().isVisible() && rows.getChildren().stream()
                .anyMatch(row -> detail(row).getText().contains("snapshotting")));
        HBox first = (HBox) rows.getChildren().get(0);
        assertThat(((Label) first.getChildren().get(0)).getText()).matches("[a-z]{2}-[a-z]+-\\d");
        assertThat(detail(first).getText()).matches("[\\d,]+ / [\\d,]+ \u00b7 .*");
        FxApp.waitUntil(() -> !robot.lookup("#backupReport").queryAs(TableView.class).getItems().isEmpty());
        FxApp.waitUntil(() -> !rows.getParent().isVisible());
    }

    private static Label detail(javafx.scene.Node row) {
        return (Label) ((HBox) row).getChildren().get(2);
    }
}
