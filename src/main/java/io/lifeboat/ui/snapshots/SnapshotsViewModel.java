package io.lifeboat.ui.snapshots;

import io.lifeboat.app.Session;
import io.lifeboat.app.TagHistory;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.snapshots.PolicyHistory;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.InventoryFollower;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.volumes.BackupPolicies;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Snapshots view's state: one region's snapshots from the session's inventory (shared with Volumes
 * and Backups, so opening this view lists nothing they listed), indexed once per load for the three tabs
 * (the fleet's heat map, a volume's timeline, every snapshot), reloaded by Refresh and following what
 * other views and the actions change.
 */
public final class SnapshotsViewModel {

    private final TaskRunner tasks;
    private final TagHistory history;
    private final RegionSelection regions;
    private final InventoryFollower inventory;
    private final ObservableList<SnapshotRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RegionSnapshots> data = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Object loadSlot = new Object();
    private final TimelineViewModel timeline;
    private final FleetViewModel fleet;
    private final SnapshotActionsViewModel actions;
    private Session session;

    /** @param history the tag edits Lifeboat recorded, which tell when each volume was protected */
    public SnapshotsViewModel(TaskRunner tasks, RegionSelection regions, DialogService dialogs, SnapshotForms forms,
                              Consumer<String> notify, Supplier<BackupSettings> settings, Supplier<ZoneId> zone,
                              TagHistory history) {
        this.tasks = tasks;
        this.history = history;
        this.regions = regions;
        this.inventory = new InventoryFollower(tasks, regions::regions, this::load);
        Supplier<Instant> now = this::now;
        this.timeline = new TimelineViewModel(tasks, now, zone);
        this.fleet = new FleetViewModel(tasks, now, zone);
        this.actions = new SnapshotActionsViewModel(tasks, dialogs, forms, notify, settings, () -> session, data::get);
        timeline.dataProperty().bind(data);
        fleet.dataProperty().bind(data);
        regions.onChosen(this::load);
    }

    public void sessionChanged(Session next) {
        session = next;
        inventory.follow(next);
        rows.clear();
        data.set(null);
        regions.sessionChanged(next);
        load();
    }

    /** The region's snapshots from the session's inventory, listing it only if no view has. */
    public void load() {
        load(false);
    }

    /** Refresh: lists the region again (every view showing it follows). */
    public void refresh() {
        load(true);
    }

    /** Opens a volume's timeline (from Volumes, Backups or the fleet), in the volume's region. */
    public void openTimeline(String region, String volumeId) {
        if (region != null && !region.equals(regions.region())) {
            regions.choose(List.of(region));
        }
        timeline.show(volumeId);
    }

    private void load(boolean reload) {
        Session current = session;
        String region = regions.region();
        if (current == null || region == null) {
            return;
        }
        loading.set(true);
        inventory.loadSubmitted();
        tasks.submit(TaskSpec.titled("Load snapshots in " + region).resources(List.of(region)).onlyLatest(loadSlot)
                .<RegionSnapshots>body(context -> {
                    inventory.loadRunning(context);
                    RegionInventory listed = reload ? current.inventory().reloadRegion(region, InventoryLoader.ALL, context)
                            : current.inventory().region(region, InventoryLoader.ALL, context);
                    List<PolicyHistory.RecordedEdit> edits = history.edits(current, region);
                    BackupPolicies policies = new BackupPolicies(current.volumes().convention());
                    return new RegionSnapshots(listed, current.volumes().records(List.of(listed)),
                            current.inventory().inMemory(), volume -> PolicyHistory.of(volume, policies, edits));
                })
                .onSuccess(loaded -> {
                    data.set(loaded);
                    rows.setAll(loaded.rows());
                })
                .onFinished(() -> {
                    loading.set(false);
                    inventory.loadFinished();
                })
                .build());
    }

    public Instant now() {
        Session current = session;
        return current == null ? Instant.now() : current.connection().clients().clock().instant();
    }

    public RegionSelection regions() {
        return regions;
    }

    public ObservableList<SnapshotRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<RegionSnapshots> dataProperty() {
        return data;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public FleetViewModel fleet() {
        return fleet;
    }

    public SnapshotActionsViewModel actions() {
        return actions;
    }

    public Session session() {
        return session;
    }
}
