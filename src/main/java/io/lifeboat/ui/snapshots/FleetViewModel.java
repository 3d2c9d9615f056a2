package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.DayGrid;
import io.lifeboat.snapshots.FleetRow;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.volumes.VolumeFilters;
import io.lifeboat.volumes.VolumeFilter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Fleet tab's state: the heat map of the region's volumes (a row each, a slot per day of the last 30
 * or 90, worst first), filtered as the Volumes view filters, and the orphans. Computed as local work
 * from the region's snapshots, only the latest request counting.
 */
public final class FleetViewModel {

    public static final List<Integer> WINDOWS = List.of(30, 90);

    private final TaskRunner tasks;
    private final Supplier<Instant> now;
    private final Supplier<ZoneId> zone;
    private final ObjectProperty<RegionSnapshots> data = new SimpleObjectProperty<>();
    private final VolumeFilters filters = new VolumeFilters();
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final ObservableList<FleetRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DayGrid> grid = new SimpleObjectProperty<>();
    private final ObservableList<SnapshotRow> orphans = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final Object computeSlot = new Object();

    public FleetViewModel(TaskRunner tasks, Supplier<Instant> now, Supplier<ZoneId> zone) {
        this.tasks = tasks;
        this.now = now;
        this.zone = zone;
        data.addListener((obs, was, next) -> compute());
        days.addListener((obs, was, next) -> compute());
        filters.onChange(this::compute);
    }

    /** What a computation yields; the orphans too are sorted off the FX thread (there can be 100,000 snapshots). */
    private record Drawn(List<FleetRow> rows, List<SnapshotRow> orphans) {
    }

    void compute() {
        RegionSnapshots region = data.get();
        if (region == null) {
            rows.clear();
            orphans.clear();
            summary.set("");
            return;
        }
        VolumeFilter filter = filters.filter();
        DayGrid window = DayGrid.last(days.get(), now.get(), zone.get());
        tasks.submit(TaskSpec.titled("Draw the fleet's backups").local().onlyLatest(computeSlot)
                .<Drawn>body(context -> new Drawn(region.fleet(filter.apply(List.copyOf(region.volumes())), window),
                        region.orphans()))
                .onSuccess(drawn -> {
                    List<FleetRow> computed = drawn.rows();
                    grid.set(window);
                    rows.setAll(computed);
                    orphans.setAll(drawn.orphans());
                    long missing = computed.stream().filter(r -> r.missed() > 0).count();
                    summary.set(missing + " of " + computed.size() + " volumes missed backups in the last " + days.get()
                            + " days  \u00b7  " + computed.stream().mapToInt(FleetRow::missed).sum() + " missed days");
                })
                .build());
    }

    ObjectProperty<RegionSnapshots> dataProperty() {
        return data;
    }

    public VolumeFilters filters() {
        return filters;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ObservableList<FleetRow> rows() {
        return rows;
    }

    /** The days the rows' slots are, once computed. */
    public ObjectProperty<DayGrid> gridProperty() {
        return grid;
    }

    public ObservableList<SnapshotRow> orphans() {
        return orphans;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
