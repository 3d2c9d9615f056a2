package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshot now: the tags and description the policy's nightly snapshot would get, with its retention or another. */
class SnapshotNowTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT)
            .withPolicyName("nightly").withCopiedTagKeys(List.of("CostCenter", "Owner"));

    @Test
    void anAttachedVolumeIsTaggedAsItsPolicyWouldTagIt() {
        VolumeRecord volume = new Region(NOW).instance("i-0web", Map.of("Name", "web-1", "Backup", "Yes", "Retention", "14",
                "CostCenter", "cc-7")).volume("vol-0web", "i-0web", "/dev/xvda", NOW, Map.of("Owner", "ops")).records().get(0);

        SnapshotNow now = SnapshotNow.of(volume, SETTINGS, SnapshotNow.defaultRetention(volume, SETTINGS), LocalDate.parse("2026-11-20"));

        assertThat(now.retentionDays()).isEqualTo(14);
        assertThat(now.deleteOn()).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(now.tags()).containsOnly(Map.entry("DeleteOn", "2026-12-04"), Map.entry("Type", "Automated"),
                Map.entry("lifeboat:policy", "nightly"), Map.entry("Name", "web-1"), Map.entry("CostCenter", "cc-7"),
                Map.entry("Owner", "ops"));
        assertThat(now.description()).isEqualTo("web-1 - vol-0web (/dev/xvda)");
    }

    @Test
    void anUnprotectedLooseVolumeGetsTheDefaultRetentionOrTheOneAskedFor() {
        VolumeRecord loose = new Region(NOW).volume("vol-0tmp", null, null, NOW, Map.of("Name", "scratch")).records().get(0);

        assertThat(SnapshotNow.defaultRetention(loose, SETTINGS)).isEqualTo(7);
        SnapshotNow custom = SnapshotNow.of(loose, SETTINGS, 90, LocalDate.parse("2026-11-20"));
        assertThat(custom.deleteOn()).isEqualTo(LocalDate.parse("2027-02-18"));
        assertThat(custom.tags()).containsEntry("Name", "scratch");
        assertThat(custom.description()).isEqualTo("scratch - vol-0tmp (unattached)");
    }
}
