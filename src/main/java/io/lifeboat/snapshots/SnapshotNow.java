package io.lifeboat.snapshots;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.volumes.BackupTags;
import io.lifeboat.volumes.VolumeRecord;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot taken now, tagged as the policy's nightly one would be ({@code DeleteOn}, {@code Type=Automated},
 * {@code lifeboat:policy}, the Name and the copied cost tags), so the engine counts it as tonight's backup and
 * prunes it on its day; with the policy's retention, or a custom one.
 *
 * @param deleteOn today (UTC, as the engine counts) plus the retention
 */
public record SnapshotNow(String region, String volumeId, int retentionDays, LocalDate deleteOn, Map<String, String> tags,
                          String description) {

    /** The API's limit on a snapshot description. */
    static final int DESCRIPTION_MAX = 255;

    public SnapshotNow {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("Keep a snapshot at least one day");
        }
        tags = Map.copyOf(tags);
    }

    public static SnapshotNow of(VolumeRecord volume, BackupSettings settings, int retentionDays, LocalDate todayUtc) {
        Ec2Instance instance = volume.instance();
        LocalDate deleteOn = todayUtc.plusDays(retentionDays);
        Map<String, String> tags = new LinkedHashMap<>();
        for (String key : settings.copiedTagKeys()) {
            String value = instance != null && instance.tags().containsKey(key) ? instance.tags().get(key) : volume.tags().get(key);
            if (value != null) {
                tags.put(key, value);
            }
        }
        tags.put(BackupTags.DELETE_ON, deleteOn.toString());
        tags.put(BackupTags.TYPE, BackupTags.AUTOMATED);
        tags.put(BackupTags.POLICY, settings.policyName());
        String name = instance != null ? instance.name() : volume.tags().getOrDefault(BackupTags.NAME, "");
        if (!name.isBlank()) {
            tags.put(BackupTags.NAME, name);
        }
        String description = instance != null
                ? (instance.name().isBlank() ? instance.id() : instance.name()) + " - " + volume.volumeId() + " ("
                        + volume.volume().device() + ")"
                : (name.isBlank() ? volume.volumeId() : name) + " - " + volume.volumeId() + " (unattached)";
        return new SnapshotNow(volume.region(), volume.volumeId(), retentionDays, deleteOn, tags,
                description.length() > DESCRIPTION_MAX ? description.substring(0, DESCRIPTION_MAX) : description);
    }

    /** The policy's retention for a protected volume, else the convention's default. */
    public static int defaultRetention(VolumeRecord volume, BackupSettings settings) {
        return volume.policy().backedUp() ? volume.policy().retentionDays() : settings.convention().defaultRetentionDays();
    }
}
