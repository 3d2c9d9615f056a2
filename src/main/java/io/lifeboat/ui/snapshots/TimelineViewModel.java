package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.DaySlot;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.TimelineMark;
import io.lifeboat.snapshots.VolumeTimeline;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Timeline tab's state: which volume (or all volumes of its instance) is shown, the lanes computed
 * for it from the region's snapshots (local work, never a call), the visible time range (zoom and pan)
 * and what is selected. The canvas draws exactly this.
 */
public final class TimelineViewModel {

    /** How much time the canvas shows at once. */
    public enum Zoom {
        DAY("Day", Duration.ofDays(1)), WEEK("Week", Duration.ofDays(7)), MONTH("Month", Duration.ofDays(31)),
        QUARTER("Quarter", Duration.ofDays(92));

        private final String label;
        private final Duration span;

        Zoom(String label, Duration span) {
            this.label = label;
            this.span = span;
        }

        public String label() {
            return label;
        }

        public Duration span() {
            return span;
        }
    }

    private final TaskRunner tasks;
    private final Supplier<Instant> now;
    private final Supplier<ZoneId> zone;
    private final ObjectProperty<RegionSnapshots> data = new SimpleObjectProperty<>();
    private final StringProperty volumeId = new SimpleStringProperty();
    private final BooleanProperty wholeInstance = new SimpleBooleanProperty();
    private final ObservableList<VolumeTimeline> lanes = FXCollections.observableArrayList();
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.MONTH);
    private final ObjectProperty<Instant> viewEnd = new SimpleObjectProperty<>(Instant.EPOCH);
    private final ObjectProperty<TimelineMark> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<DaySlot> selectedDay = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final Object computeSlot = new Object();

    public TimelineViewModel(TaskRunner tasks, Supplier<Instant> now, Supplier<ZoneId> zone) {
        this.tasks = tasks;
        this.now = now;
        this.zone = zone;
        data.addListener((obs, was, next) -> compute());
        wholeInstance.addListener((obs, was, next) -> compute());
    }

    /** Shows this volume's timeline (its instance's too, if the whole instance is asked for). */
    public void show(String volume) {
        boolean moved = !volume.equals(volumeId.get());
        volumeId.set(volume);
        if (moved) {
            selected.set(null);
            selectedDay.set(null);
            today();
        }
        compute();
    }

    /** The lanes again, from the region's snapshots as they are now; the selection follows its snapshot. */
    void compute() {
        RegionSnapshots region = data.get();
        String volume = volumeId.get();
        if (region == null || volume == null) {
            lanes.clear();
            title.set(volume == null ? "" : volume);
            return;
        }
        boolean instance = wholeInstance.get();
        Instant at = now.get();
        ZoneId in = zone.get();
        tasks.submit(TaskSpec.titled("Draw the timeline of " + volume).local().onlyLatest(computeSlot)
                .<List<VolumeTimeline>>body(context -> {
                    VolumeRecord record = region.volume(volume);
                    return instance && record != null && record.instanceId() != null
                            ? region.instanceTimelines(record.instanceId(), at, in)
                            : List.of(region.timeline(volume, at, in));
                })
                .onSuccess(computed -> {
                    lanes.setAll(computed);
                    title.set(describe(region.volume(volume), volume, computed.size()));
                    reselect();
                })
                .build());
    }

    private void reselect() {
        TimelineMark was = selected.get();
        if (was != null) {
            selected.set(lanes.stream().flatMap(l -> l.marks().stream()).filter(m -> m.id().equals(was.id())).findFirst()
                    .orElse(null));
        }
    }

    private static String describe(VolumeRecord record, String volume, int lanes) {
        if (record == null) {
            return volume + " (gone: only its snapshots are left)";
        }
        String name = record.name().isBlank() ? volume : record.name() + "  \u00b7  " + volume;
        String instance = record.instanceId() == null ? "unattached" : record.instanceName().isBlank() ? record.instanceId()
                : record.instanceName() + " (" + record.instanceId() + ")";
        return lanes > 1 ? "All " + lanes + " volumes of " + instance : name + "  \u00b7  " + instance;
    }

    public void zoom(Zoom next) {
        Instant center = visibleStart().plus(zoom.get().span().dividedBy(2));
        zoom.set(next);
        viewEnd.set(center.plus(next.span().dividedBy(2)));
    }

    /** Moves the view by a fraction of what it shows (negative: back in time). */
    public void pan(double fraction) {
        long millis = (long) (zoom.get().span().toMillis() * fraction);
        viewEnd.set(viewEnd.get().plusMillis(millis));
    }

    /** Today near the right edge, the past to its left. */
    public void today() {
        viewEnd.set(now.get().plus(zoom.get().span().dividedBy(8)));
    }

    public void select(TimelineMark mark) {
        selected.set(mark);
        if (mark != null) {
            selectedDay.set(null);
        }
    }

    public void selectDay(DaySlot day) {
        selectedDay.set(day);
        if (day != null) {
            selected.set(null);
        }
    }

    public Instant visibleStart() {
        return viewEnd.get().minus(zoom.get().span());
    }

    public Instant visibleEnd() {
        return viewEnd.get();
    }

    public Instant now() {
        return now.get();
    }

    public ZoneId zone() {
        return zone.get();
    }

    ObjectProperty<RegionSnapshots> dataProperty() {
        return data;
    }

    public StringProperty volumeIdProperty() {
        return volumeId;
    }

    public BooleanProperty wholeInstanceProperty() {
        return wholeInstance;
    }

    public ObservableList<VolumeTimeline> lanes() {
        return lanes;
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    public ObjectProperty<Instant> viewEndProperty() {
        return viewEnd;
    }

    public ObjectProperty<TimelineMark> selectedProperty() {
        return selected;
    }

    public ObjectProperty<DaySlot> selectedDayProperty() {
        return selectedDay;
    }

    public StringProperty titleProperty() {
        return title;
    }
}
