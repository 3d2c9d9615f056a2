package io.lifeboat.volumes;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import io.lifeboat.inventory.RegionInventory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the volume rows from a region's inventory in one pass over its snapshots (no call per
 * volume): each volume's newest completed snapshot and its latest few, its policy and its status.
 */
public final class VolumeInventory {

    static final int RECENT_SNAPSHOTS = 5;
    private static final Comparator<Ec2Snapshot> NEWEST_FIRST =
            Comparator.comparing(Ec2Snapshot::startTime, Comparator.nullsLast(Comparator.reverseOrder()));

    private final BackupPolicies policies;
    private final Clock clock;

    public VolumeInventory(BackupPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public BackupPolicies policies() {
        return policies;
    }

    public List<VolumeRecord> records(RegionInventory region) {
        Map<String, Ec2Instance> instances = region.instancesById();
        Map<String, List<Ec2Snapshot>> snapshotsByVolume = new HashMap<>();
        for (Ec2Snapshot snapshot : region.snapshots()) {
            if (snapshot.volumeId() != null) {
                snapshotsByVolume.computeIfAbsent(snapshot.volumeId(), k -> new ArrayList<>(4)).add(snapshot);
            }
        }
        Instant now = clock.instant();
        List<VolumeRecord> records = new ArrayList<>(region.volumes().size());
        for (Ec2Volume volume : region.volumes()) {
            Ec2Instance instance = volume.instanceId() == null ? null : instances.get(volume.instanceId());
            records.add(record(volume, instance, snapshotsByVolume.getOrDefault(volume.id(), List.of()), now));
        }
        return records;
    }

    /** The same row after a tag change, re-derived without reloading anything. */
    public VolumeRecord retagged(VolumeRecord record, Map<String, String> volumeTags, Map<String, String> instanceTags) {
        Ec2Instance instance = record.instance();
        if (instance != null && instanceTags != null) {
            instance = instance.withTags(instanceTags);
        }
        Ec2Volume volume = volumeTags == null ? record.volume() : record.volume().withTags(volumeTags);
        BackupPolicy policy = derive(volume, instance);
        BackupStatus status = BackupStatus.of(policy, record.lastSnapshot(), clock.instant(),
                policies.convention().overdueAfter());
        return VolumeRecord.of(volume, instance, policy, status, record.lastSnapshot(), record.recentSnapshots());
    }

    private VolumeRecord record(Ec2Volume volume, Ec2Instance instance, List<Ec2Snapshot> snapshots, Instant now) {
        List<Ec2Snapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort(NEWEST_FIRST);
        Instant lastCompleted = sorted.stream().filter(Ec2Snapshot::completed).map(Ec2Snapshot::startTime)
                .findFirst().orElse(null);
        List<SnapshotRef> recent = sorted.stream().limit(RECENT_SNAPSHOTS)
                .map(s -> new SnapshotRef(s.id(), s.startTime(), s.state(), s.progressPercent(), s.tag(BackupTags.DELETE_ON),
                        s.description()))
                .toList();
        BackupPolicy policy = derive(volume, instance);
        BackupStatus status = BackupStatus.of(policy, lastCompleted, now, policies.convention().overdueAfter());
        return VolumeRecord.of(volume, instance, policy, status, lastCompleted, recent);
    }

    private BackupPolicy derive(Ec2Volume volume, Ec2Instance instance) {
        if (instance == null) {
            return policies.derive(volume.tags(), volume.attached() ? Map.of() : null, volume.instanceId());
        }
        String label = instance.name().isBlank() ? instance.id() : instance.name();
        return policies.derive(volume.tags(), instance.tags(), label);
    }
}
