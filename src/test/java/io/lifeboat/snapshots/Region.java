package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Image;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.BackupPolicies;
import io.lifeboat.volumes.VolumeInventory;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A hand-made region inventory for pure tests of the catalogue, fleet and policy history. */
final class Region {

    static final String NAME = "eu-west-3";

    final Instant now;
    final List<Ec2Instance> instances = new ArrayList<>();
    final List<Ec2Volume> volumes = new ArrayList<>();
    final List<Ec2Snapshot> snapshots = new ArrayList<>();
    final List<Ec2Image> images = new ArrayList<>();

    Region(Instant now) {
        this.now = now;
    }

    Region instance(String id, Map<String, String> tags) {
        instances.add(new Ec2Instance(NAME, id, tags.getOrDefault("Name", ""), "running", "linux", "t3.large",
                NAME + "a", "10.0.0.1", true, now.minusSeconds(86_400 * 100), tags, "/dev/xvda"));
        return this;
    }

    Region volume(String id, String instanceId, String device, Instant created, Map<String, String> tags) {
        volumes.add(new Ec2Volume(NAME, id, NAME + "a", 20, "gp3", 3000, 125, instanceId == null ? "available" : "in-use",
                false, created, null, instanceId, device, tags));
        return this;
    }

    Region snapshot(String id, String volumeId, Instant start, Map<String, String> tags) {
        return snapshot(id, volumeId, start, "completed", tags, "test");
    }

    Region snapshot(String id, String volumeId, Instant start, String state, Map<String, String> tags, String description) {
        snapshots.add(new Ec2Snapshot(NAME, id, volumeId, start, state, state.equals("completed") ? 100 : 40, 20,
                description, false, tags));
        return this;
    }

    Region image(String id, String... snapshotIds) {
        images.add(new Ec2Image(NAME, id, "golden", List.of(snapshotIds)));
        return this;
    }

    RegionInventory inventory() {
        return new RegionInventory(NAME, now, instances, volumes, snapshots, images);
    }

    List<VolumeRecord> records() {
        return new VolumeInventory(new BackupPolicies(BackupConvention.DEFAULT), Clock.fixed(now, ZoneOffset.UTC))
                .records(inventory());
    }

    RegionSnapshots snapshots(RegionInventory... others) {
        List<RegionInventory> all = new ArrayList<>(List.of(others));
        all.add(inventory());
        return new RegionSnapshots(inventory(), records(), all, PolicyHistory::assumed);
    }
}
