package io.lifeboat.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.commands.InvocationRow;
import io.lifeboat.commands.InvocationState;
import io.lifeboat.commands.OutputGroup;
import io.lifeboat.commands.TargetPreview;
import io.lifeboat.ui.FxApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The ops engineer's path through Run Command on the demo sandbox: compose AWS-RunShellScript for
 * Role=web, see the preview flag the unmanaged prod-web-06, confirm by typing the count (the threshold
 * set to 5), watch the invocations finish as the sandbox's clock moves, open the grouped output (one
 * instance's yum lock), and re-run on the failed one only.
 */
@ExtendWith(ApplicationExtension.class)
class RunCommandFxTest {

    @TempDir
    static Path home;

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z"));
    private FxApp app;

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, clock);
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
    void composePreviewConfirmWatchGroupedOutputAndRerunTheFailed(FxRobot robot) {
        app.core().settings().confirmTypingAbove(5);
        FxApp.waitUntil(() -> !table(robot, "#volumesTable").getItems().isEmpty());
        robot.clickOn("#nav-commands");
        FxApp.waitUntil(() -> robot.lookup("#param-commands").tryQuery().isPresent()
                && robot.lookup("#doc-AWS-RunShellScript").tryQuery().isPresent());

        robot.clickOn("#doc-AWS-RunShellScript");
        robot.clickOn("#param-commands").write("yum -y update");
        robot.clickOn("#targetsTab");
        robot.clickOn("#tagKey-0").write("Role");
        robot.clickOn("#tagValues-0").write("web");

        TableView<TargetPreview.Row> preview = table(robot, "#commandPreview");
        FxApp.waitUntil(() -> preview.getItems().size() == 9);
        assertThat(preview.getItems()).filteredOn(r -> !r.reached()).singleElement().satisfies(r -> {
            assertThat(r.instance().name()).isEqualTo("prod-web-06");
            assertThat(r.why()).startsWith("Not managed by SSM: no instance profile");
        });
        assertThat(robot.lookup(".command-unreached").queryAll()).as("the unmanaged instance's row is flagged")
                .isNotEmpty();

        robot.clickOn("#sendButton");
        robot.clickOn("#confirmTypedField").write("8");
        robot.clickOn("Confirm");

        TableView<InvocationRow> invocations = table(robot, "#invocationsTable");
        FxApp.waitUntil(() -> invocations.getItems().size() == 8);
        clock.advance(Duration.ofMinutes(2));
        robot.clickOn("#watchRefresh");
        FxApp.waitUntil(() -> invocations.getItems().stream().allMatch(r -> r.state().terminal()));
        assertThat(invocations.getItems()).filteredOn(r -> r.state() == InvocationState.FAILED).hasSize(1);
        assertThat(robot.lookup("#count-Success").queryAs(Label.class).getText()).isEqualTo("Success 7");
        assertThat(robot.lookup("#count-Failed").queryAs(Label.class).getText()).isEqualTo("Failed 1");

        ListView<OutputGroup> groups = robot.lookup("#outputGroups").queryAs(ListView.class);
        FxApp.waitUntil(() -> groups.getItems().size() == 2);
        TextArea groupText = robot.lookup("#groupText").queryAs(TextArea.class);
        FxApp.waitUntil(() -> groupText.getText().startsWith("7 instances printed this (all Success)"));
        assertThat(groups.getSelectionModel().getSelectedIndex()).as("what most printed, shown and highlighted").isZero();
        robot.clickOn(robot.from(groups).lookup(".list-cell").nth(1).queryAs(Node.class));
        FxApp.waitUntil(() -> groupText.getText().startsWith("1 instance printed this (Failed)"));
        assertThat(groupText.getText()).contains("Another app is currently holding the yum lock");
        OutputGroup failedGroup = groups.getItems().get(1);
        robot.clickOn("#watchRefresh");
        FxApp.waitUntil(() -> groups.getItems().get(1) != failedGroup);
        assertThat(groups.getSelectionModel().getSelectedIndex()).as("the pick outlives a refresh").isEqualTo(1);
        assertThat(groupText.getText()).startsWith("1 instance printed this (Failed)");

        String first = invocations.getItems().get(0).commandId();
        robot.clickOn("#rerunButton");
        robot.clickOn("Re-run on 1");
        FxApp.waitUntil(() -> invocations.getItems().size() == 1 && !invocations.getItems().get(0).commandId().equals(first));
        assertThat(invocations.getItems().get(0).instanceId()).isEqualTo(app.core().session().connection().clients()
                .ec2("eu-west-3").describeInstances(r -> r.filters(f -> f.name("tag:Name").values("prod-web-03")))
                .reservations().get(0).instances().get(0).instanceId());
        clock.advance(Duration.ofMinutes(2));
        robot.clickOn("#watchRefresh");
        FxApp.waitUntil(() -> invocations.getItems().get(0).state() == InvocationState.FAILED);
    }
}
