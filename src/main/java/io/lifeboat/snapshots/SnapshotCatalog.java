package io.lifeboat.snapshots;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.InventoryResult;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Every snapshot the account owns in some regions, each joined to its volume and instance from the
 * same inventory load (no call per snapshot), newest first.
 */
public final class SnapshotCatalog {

    private final InventoryCache cache;

    /** With an inventory of its own (the command line). */
    public SnapshotCatalog(ServiceClients clients, Executor io) {
        this(InventoryCache.of(clients, io));
    }

    /** Over the session's inventory, shared with the other views. */
    public SnapshotCatalog(InventoryCache cache) {
        this.cache = cache;
    }

    public record Listing(List<SnapshotRow> rows, Map<String, Problem> failedRegions) {
    }

    public Listing list(List<String> regions, TaskContext context) {
        InventoryResult result = cache.regions(regions, InventoryLoader.ALL, context,
                new InventoryLoader.RegionListener() { });
        List<SnapshotRow> rows = new ArrayList<>();
        result.regions().forEach(region -> rows.addAll(rows(region)));
        rows.sort(Comparator.comparing(SnapshotRow::startTime, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Listing(rows, result.failed());
    }

    public static List<SnapshotRow> rows(RegionInventory region) {
        Map<String, Ec2Volume> volumes = new HashMap<>();
        region.volumes().forEach(v -> volumes.put(v.id(), v));
        Map<String, Ec2Instance> instances = region.instancesById();
        List<SnapshotRow> rows = new ArrayList<>(region.snapshots().size());
        for (Ec2Snapshot snapshot : region.snapshots()) {
            Ec2Volume volume = snapshot.volumeId() == null ? null : volumes.get(snapshot.volumeId());
            Ec2Instance instance = volume == null || volume.instanceId() == null ? null : instances.get(volume.instanceId());
            String volumeName = volume == null ? "" : volume.tags().getOrDefault("Name", "");
            String copyOf = SnapshotCopies.sourceOf(snapshot);
            rows.add(new SnapshotRow(snapshot, volumeName, instance == null ? null : instance.id(),
                    instance == null ? snapshot.tags().getOrDefault("Name", "") : instance.name(),
                    volume == null && copyOf == null, SnapshotOrigin.of(snapshot.tags()), snapshot.tag(BackupTags.DELETE_ON),
                    copyOf));
        }
        return rows;
    }
}
