package io.lifeboat.ui.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.restore.DnsZones;
import io.lifeboat.restore.PlannedCall;
import io.lifeboat.restore.WaitPace;
import io.lifeboat.ui.FxApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The whole wizard on the demo sandbox, as an ops engineer walks it: orders-prod, the latest time, a
 * new name, the review, the run until every instance is available, the CNAME switched, then reverted.
 * The sandbox's clock is moved on instead of waiting for it.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreWizardFxTest {

    private static final String RECORD = "mydatabase.myproject.io.";

    @TempDir
    static Path home;

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-25T12:00:00Z"));
    private FxApp app;

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, clock);
        app.core().restoreJobs().pace(WaitPace.every(Duration.ofMillis(30)));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Waits for {@code condition}, moving the sandbox's time on by {@code step} at each look. */
    private void waitMovingTime(Duration step, Callable<Boolean> condition) {
        FxApp.waitUntil(() -> {
            clock.advance(step);
            return condition.call();
        });
    }

    private static void confirm(FxRobot robot, String button) {
        FxApp.waitUntil(() -> robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(button)).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(button)).queryButton());
    }

    private String cname() {
        DnsZones zones = app.core().session().dnsZones();
        String zone = zones.privateZones().get(0).id();
        return zones.cname(zone, RECORD).orElseThrow().value();
    }

    @Test
    void restoreToAnAvailableClusterSwitchTheCnameThenRevertIt(FxRobot robot) {
        robot.clickOn("#nav-restore");
        TableView<ClusterSummary> databases = table(robot, "#clustersTable");
        FxApp.waitUntil(() -> databases.getItems().size() == 5
                && robot.lookup("#clustersTable .table-cell").match(LabeledMatchers.hasText("orders-prod")).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#clustersTable .table-cell").match(LabeledMatchers.hasText("orders-prod"))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn("#restoreButton");

        FxApp.waitUntil(() -> robot.lookup("#wizard-source").query().isVisible());
        robot.clickOn("#wizardNextButton");
        FxApp.waitUntil(() -> robot.lookup("#wizard-time").query().isVisible());
        assertThat(text(robot, "#utcTime")).endsWith(" UTC");
        assertThat(text(robot, "#localTime")).isNotEmpty();
        robot.clickOn("#wizardNextButton");

        FxApp.waitUntil(() -> robot.lookup("#wizard-target").query().isVisible());
        FxApp.waitUntil(() -> robot.lookup("#sg-sg-0b1c2d3e4f5a60718").tryQuery().isPresent());
        robot.doubleClickOn("#targetIdField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("orders-restored");
        robot.clickOn("#wizardNextButton");

        TableView<PlannedCall> calls = table(robot, "#reviewCalls");
        FxApp.waitUntil(() -> robot.lookup("#wizard-review").query().isVisible() && calls.getItems().size() == 5);
        assertThat(calls.getItems()).extracting(PlannedCall::operation).containsExactly("RestoreDBClusterToPointInTime",
                "DescribeDBClusters", "CreateDBInstance", "CreateDBInstance", "DescribeDBInstances");
        FxApp.waitUntil(() -> !robot.lookup("#wizardNextButton").queryButton().isDisabled()
                && text(robot, "#wizardProblem").isEmpty());
        robot.clickOn("#wizardNextButton");
        confirm(robot, "Start restore");

        FxApp.waitUntil(() -> robot.lookup("#wizard-run").query().isVisible());
        waitMovingTime(Duration.ofSeconds(45), () -> text(robot, "#runJobStatus").startsWith("done"));
        assertThat(table(robot, "#runJobSteps").getItems()).hasSize(5);

        robot.clickOn("#wizardNextButton");
        FxApp.waitUntil(() -> robot.lookup("#wizard-cutover").query().isVisible()
                && text(robot, "#wizardCurrentRecord").startsWith(RECORD));
        assertThat(text(robot, "#wizardCurrentRecord")).contains("orders-prod.cluster-").contains("TTL 60 s");
        robot.clickOn("#wizardSwitchButton");
        confirm(robot, "Switch");
        waitMovingTime(Duration.ofSeconds(10), () -> text(robot, "#wizardCutoverState").startsWith(RECORD + " → "));
        assertThat(cname()).startsWith("orders-restored.cluster-");
        FxApp.waitUntil(() -> text(robot, "#wizardCurrentRecord").contains("orders-restored.cluster-"));

        robot.clickOn("#wizardRevertButton");
        confirm(robot, "Revert");
        waitMovingTime(Duration.ofSeconds(10), () -> text(robot, "#wizardCutoverState").contains("reverted to"));
        assertThat(cname()).startsWith("orders-prod.cluster-");

        robot.clickOn("#wizardNextButton");
        TableView<RestoreJobEntry> jobs = table(robot, "#jobsTable");
        FxApp.waitUntil(() -> jobs.isVisible() && jobs.getItems().size() == 1);
        assertThat(jobs.getItems().get(0).status()).isEqualTo("done");
        assertThat(jobs.getItems().get(0).job().cutoverState().name()).isEqualTo("REVERTED");
    }
}
