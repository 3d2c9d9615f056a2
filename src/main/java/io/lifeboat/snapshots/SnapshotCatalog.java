package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.volumes.BackupTags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's snapshots, each joined to its volume and instance from the same inventory load (no call
 * per snapshot).
 */
public final class SnapshotCatalog {

    private SnapshotCatalog() {
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
