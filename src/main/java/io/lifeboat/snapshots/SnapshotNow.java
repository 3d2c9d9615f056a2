package io.lifeboat.snapshots;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.CreateSpecs;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.volumes.VolumeRecord;
import java.time.LocalDate;
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

    /** The API's limit on a snapshot description (copies cut theirs too). */
    static final int DESCRIPTION_MAX = 255;

    public SnapshotNow {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("Keep a snapshot at least one day");
        }
        tags = Map.copyOf(tags);
    }

    public static SnapshotNow of(VolumeRecord volume, BackupSettings settings, int retentionDays, LocalDate todayUtc) {
        SnapshotCreate create = new CreateSpecs(settings, todayUtc).forVolume(volume, retentionDays);
        return new SnapshotNow(volume.region(), volume.volumeId(), retentionDays, create.deleteOn(), create.tags(),
                create.description());
    }

    /** The policy's retention for a protected volume, else the convention's default. */
    public static int defaultRetention(VolumeRecord volume, BackupSettings settings) {
        return volume.policy().backedUp() ? volume.policy().retentionDays() : settings.convention().defaultRetentionDays();
    }
}
