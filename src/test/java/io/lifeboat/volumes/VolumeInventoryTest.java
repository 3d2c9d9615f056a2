package io.lifeboat.volumes;

import static io.lifeboat.volumes.VolumeFixtures.NOW;
import static io.lifeboat.volumes.VolumeFixtures.instance;
import static io.lifeboat.volumes.VolumeFixtures.snapshot;
import static io.lifeboat.volumes.VolumeFixtures.volume;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.inventory.RegionInventory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeInventoryTest {

    private final VolumeInventory inventory = new VolumeInventory(new BackupPolicies(BackupConvention.DEFAULT),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private RegionInventory region(List<io.lifeboat.inventory.Ec2Snapshot> snapshots) {
        return new RegionInventory("eu-west-3", NOW,
                List.of(instance("i-1", Map.of("Name", "web-01", "Backup", "Yes")),
                        instance("i-2", Map.of("Name", "bastion"))),
                List.of(volume("vol-ok", "i-1", "/dev/xvda", 20, Map.of()),
                        volume("vol-late", "i-1", "/dev/xvdf", 100, Map.of("Name", "web-01-data")),
                        volume("vol-never", "i-1", "/dev/xvdg", 50, Map.of()),
                        volume("vol-out", "i-1", "/dev/xvdh", 500, Map.of("Backup", "No")),
                        volume("vol-bastion", "i-2", "/dev/xvda", 8, Map.of()),
                        volume("vol-loose", null, null, 30, Map.of())),
                snapshots, List.of());
    }

    @Test
    void statusFollowsTheNewestCompletedSnapshot() {
        var records = inventory.records(region(List.of(
                snapshot("snap-1", "vol-ok", NOW.minus(Duration.ofHours(11)), "completed", Map.of()),
                snapshot("snap-2", "vol-ok", NOW.minus(Duration.ofHours(35)), "completed", Map.of()),
                snapshot("snap-3", "vol-late", NOW.minus(Duration.ofHours(31)), "completed", Map.of()),
                snapshot("snap-4", "vol-late", NOW.minus(Duration.ofHours(1)), "pending", Map.of()),
                snapshot("snap-5", "vol-never", NOW.minus(Duration.ofHours(2)), "error", Map.of()))));

        assertThat(records).extracting(VolumeRecord::volumeId, VolumeRecord::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vol-ok", BackupStatus.OK),
                org.assertj.core.groups.Tuple.tuple("vol-late", BackupStatus.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("vol-never", BackupStatus.NEVER_BACKED_UP),
                org.assertj.core.groups.Tuple.tuple("vol-out", BackupStatus.OPTED_OUT),
                org.assertj.core.groups.Tuple.tuple("vol-bastion", BackupStatus.NOT_COVERED),
                org.assertj.core.groups.Tuple.tuple("vol-loose", BackupStatus.NOT_COVERED));
        VolumeRecord ok = records.get(0);
        assertThat(ok.lastSnapshot()).isEqualTo(NOW.minus(Duration.ofHours(11)));
        assertThat(ok.recentSnapshots()).extracting(SnapshotRef::id).containsExactly("snap-1", "snap-2");
        assertThat(records.get(1).recentSnapshots()).extracting(SnapshotRef::id).containsExactly("snap-4", "snap-3");
    }

    @Test
    void theOverdueThresholdIsInclusiveOfThirtyHours() {
        var records = inventory.records(region(List.of(
                snapshot("snap-1", "vol-ok", NOW.minus(Duration.ofHours(30)), "completed", Map.of()))));

        assertThat(records.get(0).status()).isEqualTo(BackupStatus.OK);
    }

    @Test
    void nameComesFromTheVolumeElseItsInstance() {
        var records = inventory.records(region(List.of()));

        assertThat(records).extracting(VolumeRecord::name)
                .containsExactly("web-01", "web-01-data", "web-01", "web-01", "bastion", "");
        assertThat(records.get(5).instanceName()).isEmpty();
    }

    @Test
    void keepsOnlyTheLatestFiveSnapshotsPerVolume() {
        List<io.lifeboat.inventory.Ec2Snapshot> many = new java.util.ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            many.add(snapshot("snap-" + day, "vol-ok", NOW.minus(Duration.ofDays(day)), "completed", Map.of()));
        }
        var records = inventory.records(region(many));

        assertThat(records.get(0).recentSnapshots()).extracting(SnapshotRef::id)
                .containsExactly("snap-1", "snap-2", "snap-3", "snap-4", "snap-5");
    }

    @Test
    void retaggingRederivesThePolicyWithoutTouchingSnapshots() {
        VolumeRecord bastion = inventory.records(region(List.of())).get(4);

        VolumeRecord retagged = inventory.retagged(bastion, null, Map.of("Name", "bastion", "Backup", "Yes",
                "Retention", "14"));

        assertThat(retagged.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
        assertThat(retagged.policy().retentionDays()).isEqualTo(14);
        assertThat(retagged.status()).isEqualTo(BackupStatus.NEVER_BACKED_UP);
        assertThat(retagged.searchText()).contains("retention=14");
    }
}
