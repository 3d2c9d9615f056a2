package io.lifeboat.volumes;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Volume;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of the volume inventory: the volume, its instance (if attached), the backup policy its
 * tags give it, and how its backups are doing.
 *
 * @param instance the attached instance, or {@code null}
 * @param lastSnapshot start time of the newest completed snapshot, or {@code null}
 * @param recentSnapshots the newest few snapshots of any state, newest first
 * @param searchText lower-case ids, names and tags, so that filtering 10,000 rows stays cheap
 */
public record VolumeRecord(Ec2Volume volume, Ec2Instance instance, BackupPolicy policy, BackupStatus status,
                           Instant lastSnapshot, List<SnapshotRef> recentSnapshots, String searchText) {

    public VolumeRecord {
        recentSnapshots = List.copyOf(recentSnapshots);
    }

    static VolumeRecord of(Ec2Volume volume, Ec2Instance instance, BackupPolicy policy, BackupStatus status,
                           Instant lastSnapshot, List<SnapshotRef> recent) {
        return new VolumeRecord(volume, instance, policy, status, lastSnapshot, recent, searchText(volume, instance));
    }

    public String region() {
        return volume.region();
    }

    public String volumeId() {
        return volume.id();
    }

    /** The volume's Name tag, else its instance's. */
    public String name() {
        String own = volume.tags().get("Name");
        if (own != null && !own.isBlank()) {
            return own;
        }
        return instance == null ? "" : instance.name();
    }

    public String instanceId() {
        return volume.instanceId();
    }

    public String instanceName() {
        return instance == null ? "" : instance.name();
    }

    public Map<String, String> tags() {
        return volume.tags();
    }

    public Map<String, String> instanceTags() {
        return instance == null ? Map.of() : instance.tags();
    }

    private static String searchText(Ec2Volume volume, Ec2Instance instance) {
        StringBuilder text = new StringBuilder(128)
                .append(volume.id()).append(' ').append(volume.region()).append(' ').append(volume.availabilityZone());
        appendTags(text, volume.tags());
        if (instance != null) {
            text.append(' ').append(instance.id());
            appendTags(text, instance.tags());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static void appendTags(StringBuilder text, Map<String, String> tags) {
        text.append(' ').append(tags.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
    }
}
