package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.inventory.Tags;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.VolumeRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import software.amazon.awssdk.services.ec2.model.Filter;

/** The ops engineer's path: filter by tag, select several volumes, set Retention=14 on their instances. */
@ExtendWith(ApplicationExtension.class)
class VolumesFxTest {

    @TempDir
    static Path home;

    private FxApp app;

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, SandboxClock.system());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void filterByTagSelectSeveralAndSetRetentionInBulk(FxRobot robot) {
        TableView<VolumeRecord> table = robot.lookup("#volumesTable").queryAs(TableView.class);
        FxApp.waitUntil(() -> !table.getItems().isEmpty());

        robot.clickOn("#tagField").write("Role=api").type(KeyCode.ENTER);
        FxApp.waitUntil(() -> table.getItems().size() == 12);
        assertThat(statusOf(table, "prod-api-04")).containsOnly(BackupStatus.MISCONFIGURED);
        assertThat(statusOf(table, "stg-api-02")).containsOnly(BackupStatus.MISCONFIGURED);

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        FxApp.waitUntil(() -> table.getSelectionModel().getSelectedItems().size() == 12);

        robot.clickOn("#editTagsButton");
        robot.clickOn("#instancesTarget");
        robot.clickOn("#retentionDays").write("14");
        robot.clickOn("#setRetention");
        robot.clickOn("#previewButton");
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        // prod-api-01..03 already keep 14 days: only api-04 (abc), stg-api-01 (none), stg-api-02 (-3) change.
        FxApp.waitUntil(() -> preview.getItems().size() == 3);
        assertThat(robot.lookup("#previewSummary").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("3 to change, 3 already so");
        robot.clickOn("#applyTagEdit");

        FxApp.waitUntil(() -> !statusOf(table, "prod-api-04").contains(BackupStatus.MISCONFIGURED)
                && !statusOf(table, "stg-api-02").contains(BackupStatus.MISCONFIGURED));
        assertThat(statusOf(table, "prod-api-04")).containsOnly(BackupStatus.NEVER_BACKED_UP);
        assertThat(table.getItems()).filteredOn(r -> r.name().equals("prod-api-01-root"))
                .singleElement().satisfies(r -> assertThat(r.policy().retentionDays()).isEqualTo(14));
        // A volume's own Retention wins over its instance's: prod-api-02's data volume keeps 30 days.
        assertThat(table.getItems()).filteredOn(r -> r.name().equals("prod-api-02-data"))
                .singleElement().satisfies(r -> assertThat(r.policy().retentionDays()).isEqualTo(30));
        // The change is in the account, not only on screen: the three instances carry Retention=14,
        // in one audited CreateTags call.
        assertThat(retentionTagOfInstances("prod-api-04", "stg-api-01", "stg-api-02"))
                .isEqualTo(Map.of("prod-api-04", "14", "stg-api-01", "14", "stg-api-02", "14"));
        assertThat(app.core().recentAudit(10)).filteredOn(r -> r.operation().equals("CreateTags")).singleElement()
                .satisfies(r -> assertThat(r.resourceIds()).hasSize(3));
    }

    /** The Retention tag of each named instance, as EC2 now has it. */
    private Map<String, String> retentionTagOfInstances(String... names) {
        return app.core().session().connection().clients().ec2("eu-west-3")
                .describeInstances(r -> r.filters(Filter.builder().name("tag:Name").values(names).build()))
                .reservations().stream().flatMap(r -> r.instances().stream())
                .collect(Collectors.toMap(i -> Tags.toMap(i.tags()).get("Name"),
                        i -> Tags.toMap(i.tags()).getOrDefault("Retention", "")));
    }

    @Test
    void theDefaultRetentionIsASettingAndTheViewFollowsIt(FxRobot robot) {
        TableView<VolumeRecord> table = robot.lookup("#volumesTable").queryAs(TableView.class);
        FxApp.waitUntil(() -> !table.getItems().isEmpty());
        assertThat(retentionOf(table, "stg-web-01-root")).isEqualTo(7);

        robot.clickOn("#settingsButton");
        robot.doubleClickOn(".spinner .text-field").write("10");
        robot.clickOn("Save");

        FxApp.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals("stg-web-01-root"))
                && retentionOf(table, "stg-web-01-root") == 10);
        assertThat(app.core().settings().convention().defaultRetentionDays()).isEqualTo(10);
        assertThat(retentionOf(table, "prod-web-01-root")).isEqualTo(14);
    }

    private static int retentionOf(TableView<VolumeRecord> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst()
                .map(r -> r.policy().retentionDays()).orElse(-1);
    }

    private static List<BackupStatus> statusOf(TableView<VolumeRecord> table, String instanceName) {
        return table.getItems().stream().filter(r -> r.instanceName().equals(instanceName)).map(VolumeRecord::status)
                .toList();
    }
}
