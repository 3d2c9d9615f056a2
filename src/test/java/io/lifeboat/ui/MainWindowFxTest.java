package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.sandbox.SandboxClock;
import java.nio.file.Path;
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

/** The app starts on the sandbox, says so unmistakably, and every destination opens with rows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    @TempDir
    static Path home;

    private FxApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = FxApp.start(stage, home, SandboxClock.system());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void startsOnTheSandboxAndEveryDestinationShowsRows(FxRobot robot) {
        FxApp.waitUntil(() -> !table(robot, "#volumesTable").getItems().isEmpty());
        assertThat(robot.lookup(".mode-badge").queryAs(Label.class).getText()).isEqualTo("SANDBOX");
        assertThat(robot.lookup(".mode-badge").queryAs(Label.class).getStyleClass()).contains("mode-sandbox");
        assertThat(stage.getTitle()).contains("SANDBOX").contains("111122223333").contains("eu-west-3");

        robot.clickOn("#nav-backups");
        FxApp.waitUntil(() -> !table(robot, "#backupCreates").getItems().isEmpty());

        robot.clickOn("#nav-snapshots");
        FxApp.waitUntil(() -> table(robot, "#snapshotsTable").getItems().size() > 100);

        robot.clickOn("#nav-commands");
        FxApp.waitUntil(() -> !table(robot, "#fleetTable").getItems().isEmpty()
                && !table(robot, "#commandHistory").getItems().isEmpty());

        robot.clickOn("#nav-restore");
        // Two Aurora clusters, a plain MySQL instance, and a DocumentDB and a Neptune cluster (shown as not supported).
        FxApp.waitUntil(() -> table(robot, "#clustersTable").getItems().size() == 5);

        robot.clickOn("#nav-activity");
        FxApp.waitUntil(() -> table(robot, "#activityTasks").getItems().size() >= 5);

        robot.clickOn("#nav-volumes");
        assertThat(table(robot, "#volumesTable").getItems()).hasSizeGreaterThan(40);
    }

    @Test
    void readOnlySwitchShowsInTheBadgeAndTheTitle(FxRobot robot) {
        FxApp.waitUntil(() -> !table(robot, "#volumesTable").getItems().isEmpty());

        robot.clickOn(".toggle-switch > .thumb-area");

        FxApp.waitUntil(() -> app.shell().app().readOnlyProperty().get());
        assertThat(robot.lookup(".mode-badge").queryAs(Label.class).getText()).isEqualTo("SANDBOX \u00b7 READ-ONLY");
        assertThat(stage.getTitle()).contains("READ-ONLY");
        assertThat(app.core().session().connection().readOnly()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
