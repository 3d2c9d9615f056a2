package io.lifeboat.ui.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.snapshots.FleetRow;
import io.lifeboat.snapshots.TimelineMark;
import io.lifeboat.snapshots.VolumeTimeline;
import io.lifeboat.ui.FxApp;
import io.lifeboat.volumes.VolumeRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ops engineer's path on the demo sandbox one Friday morning: from a volume in Volumes to its timeline,
 * where the two nights the job failed are drawn as missed; a snapshot now, pending, then completed as the
 * sandbox's clock moves; then the fleet's heat map, and a click into its worst row.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotTimelinesFxTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");

    @TempDir
    static Path home;

    private final SandboxClock clock = SandboxClock.manual(NOW);
    private FxApp app;

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, clock);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void fromAVolumeToItsTimelineSnapshotNowAndFromTheFleetIntoARow(FxRobot robot) {
        TableView<VolumeRecord> volumes = robot.lookup("#volumesTable").queryAs(TableView.class);
        FxApp.waitUntil(() -> volumes.getItems().stream().anyMatch(r -> r.name().equals("prod-web-01-root")));
        // The table's cells are laid out a pulse after its items arrive.
        FxApp.waitUntil(() -> robot.lookup("prod-web-01-root").tryQuery().isPresent());
        robot.clickOn("prod-web-01-root");
        robot.clickOn("#openTimeline");

        TimelineCanvas canvas = robot.lookup("#timelineCanvas").queryAs(TimelineCanvas.class);
        TimelineViewModel timeline = canvas.model();
        FxApp.waitUntil(() -> !timeline.lanes().isEmpty() && timeline.lanes().get(0).label().equals("prod-web-01-root"));
        // The job failed on the nights of 10 and 11 November (01:00 UTC): the user's days those nights fell on.
        ZoneId zone = ZoneId.systemDefault();
        List<LocalDate> failedNights = List.of(LocalDate.ofInstant(Instant.parse("2026-11-10T01:00:00Z"), zone),
                LocalDate.ofInstant(Instant.parse("2026-11-11T01:00:00Z"), zone));
        VolumeTimeline lane = timeline.lanes().get(0);
        assertThat(lane.missed()).containsExactlyElementsOf(failedNights);
        FxApp.waitUntil(() -> canvas.drawnMissed().containsAll(failedNights));
        assertThat(colourOfDay(canvas, failedNights.get(0))).isEqualTo(Palette.MISSED);

        robot.clickOn("#snapshotNowButton");
        robot.clickOn("#formConfirm");
        AtomicReference<String> made = new AtomicReference<>();
        FxApp.waitUntil(() -> {
            TimelineMark pending = timeline.lanes().get(0).marks().stream()
                    .filter(m -> "pending".equals(m.snapshot().state())).findFirst().orElse(null);
            made.set(pending == null ? null : pending.id());
            return pending != null;
        });
        TableView<ProgressRow> underWay = robot.lookup("#underWayTable").queryAs(TableView.class);
        assertThat(underWay.getItems()).anySatisfy(r -> assertThat(r.resource() + " " + r.state()).isEqualTo(made.get() + " pending"));
        clock.advance(Duration.ofMinutes(5));
        FxApp.waitUntil(() -> timeline.lanes().get(0).marks().stream()
                .anyMatch(m -> m.id().equals(made.get()) && m.snapshot().completed()));
        FxApp.waitUntil(() -> underWay.getItems().stream().anyMatch(r -> r.resource().equals(made.get())
                && r.state().equals("completed")));

        // Selecting it on the canvas shows what it is, and a completed snapshot can be restored.
        robot.clickOn(onFx(() -> markCentre(canvas, made.get())));
        FxApp.waitUntil(() -> timeline.selectedProperty().get() != null && timeline.selectedProperty().get().id().equals(made.get()));
        FxApp.waitUntil(() -> robot.lookup("#markRestore").tryQuery().isPresent());
        assertThat(robot.lookup("#markRestore").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup(made.get()).tryQuery()).isPresent();

        robot.clickOn("Fleet");
        HeatMapCanvas heatMap = robot.lookup("#fleetHeatMap").queryAs(HeatMapCanvas.class);
        FxApp.waitUntil(() -> heatMap.drawnRows() > 0);
        FleetRow worst = heatMap.model().rows().get(0);
        assertThat(worst.missed()).isPositive();
        Point2D row = onFx(() -> heatMap.canvas().localToScreen(HeatMapCanvas.LABEL / 2, heatMap.rowCenter(0)));
        robot.clickOn(row);
        FxApp.waitUntil(() -> !timeline.lanes().isEmpty() && timeline.lanes().get(0).volumeId()
                .equals(worst.volume().volumeId()));
        assertThat(robot.lookup("#timelineCanvas").queryAs(TimelineCanvas.class).isVisible()).isTrue();
    }

    /** Where the canvas drew a snapshot's dot, on the screen. */
    private static Point2D markCentre(TimelineCanvas canvas, String snapshotId) {
        TimelineLayout layout = canvas.geometry();
        TimelineLayout.Lane lane = layout.lanes.get(0);
        TimelineMark mark = lane.timeline().marks().stream().filter(m -> m.id().equals(snapshotId)).findFirst().orElseThrow();
        double y = layout.trackTop(lane, mark.track()) + lane.trackHeight() / 2;
        return canvas.canvas().localToScreen(layout.x(mark.start()) + 1, y);
    }

    /** The colour the canvas painted in the middle of a day's cell of the first lane's band. */
    private static Color colourOfDay(TimelineCanvas canvas, LocalDate day) {
        return onFx(() -> {
            TimelineLayout layout = canvas.geometry();
            ZoneId zone = layout.lanes.get(0).timeline().zone();
            double x = (layout.x(day.atStartOfDay(zone).toInstant()) + layout.x(day.plusDays(1).atStartOfDay(zone).toInstant())) / 2;
            double y = layout.lanes.get(0).bandTop() + 3;
            WritableImage image = canvas.canvas().snapshot(null, null);
            return image.getPixelReader().getColor((int) x - 4, (int) y);
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
