package io.lifeboat.ui.snapshots;

import io.lifeboat.app.Session;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.snapshots.SnapshotCatalog;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.InventoryFollower;
import io.lifeboat.ui.common.RegionSelection;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Snapshots view's state: the snapshots of one region from the session's inventory (shared with
 * Volumes and Backups, so opening this view lists nothing they listed), reloaded by Refresh and
 * following what other views change.
 */
public final class SnapshotsViewModel {

    private final TaskRunner tasks;
    private final RegionSelection regions;
    private final InventoryFollower inventory;
    private final ObservableList<SnapshotRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Object loadSlot = new Object();
    private Session session;

    public SnapshotsViewModel(TaskRunner tasks, RegionSelection regions) {
        this.tasks = tasks;
        this.regions = regions;
        this.inventory = new InventoryFollower(tasks, regions::regions, this::load);
        regions.onChosen(this::load);
    }

    public void sessionChanged(Session next) {
        session = next;
        inventory.follow(next);
        rows.clear();
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

    private void load(boolean reload) {
        Session current = session;
        String region = regions.region();
        if (current == null || region == null) {
            return;
        }
        loading.set(true);
        inventory.loadSubmitted();
        tasks.submit(TaskSpec.titled("Load snapshots in " + region).resources(List.of(region)).onlyLatest(loadSlot)
                .<List<SnapshotRow>>body(context -> {
                    inventory.loadRunning(context);
                    if (reload) {
                        current.inventory().reload(List.of(region), InventoryLoader.ALL, context,
                                new InventoryLoader.RegionListener() { });
                    }
                    SnapshotCatalog.Listing listing = current.snapshots().list(List.of(region), context);
                    if (!listing.failedRegions().isEmpty()) {
                        throw new ProblemException(listing.failedRegions().get(region));
                    }
                    return listing.rows();
                })
                .onSuccess(rows::setAll)
                .onFinished(() -> {
                    loading.set(false);
                    inventory.loadFinished();
                })
                .build());
    }

    public RegionSelection regions() {
        return regions;
    }

    public ObservableList<SnapshotRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public Session session() {
        return session;
    }
}
