package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.RegionInventory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue: each snapshot joined to its volume and instance, orphans told from copies, the AMIs and copies found. */
class SnapshotCatalogTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    private static final Instant CREATED = Instant.parse("2026-09-01T00:00:00Z");

    private final Region region = new Region(NOW)
            .instance("i-0web", Map.of("Name", "web-1", "Backup", "Yes"))
            .volume("vol-0root", "i-0web", "/dev/xvda", CREATED, Map.of())
            .volume("vol-0loose", null, null, CREATED, Map.of("Name", "scratch"))
            .snapshot("snap-0a", "vol-0root", Instant.parse("2026-11-19T01:00:00Z"), Map.of("Type", "Automated",
                    "DeleteOn", "2026-11-26", "lifeboat:policy", "default"))
            .snapshot("snap-0b", "vol-0loose", Instant.parse("2026-11-18T14:00:00Z"), Map.of())
            .snapshot("snap-0old", "vol-0gone", Instant.parse("2026-05-01T01:00:00Z"), Map.of("Name", "legacy-01",
                    "Type", "Automated", "DeleteOn", "2036-05-01"))
            .snapshot("snap-0orphan2", "vol-0gone", Instant.parse("2026-04-01T01:00:00Z"), Map.of())
            .snapshot("snap-0copy", "vol-ffffffff", Instant.parse("2026-11-19T02:00:00Z"), "completed", Map.of(),
                    "[Copied snap-0dd from us-east-1]")
            .image("ami-0golden", "snap-0a");

    @Test
    void rowsAreJoinedToTheirVolumeAndInstanceFromTheSameInventory() {
        List<SnapshotRow> rows = SnapshotCatalog.rows(region.inventory());

        SnapshotRow root = row(rows, "snap-0a");
        assertThat(root.instanceId()).isEqualTo("i-0web");
        assertThat(root.instanceName()).isEqualTo("web-1");
        assertThat(root.origin()).isEqualTo(SnapshotOrigin.LIFEBOAT);
        assertThat(root.deleteOn()).isEqualTo("2026-11-26");
        assertThat(root.orphan()).isFalse();
        assertThat(row(rows, "snap-0b").volumeName()).isEqualTo("scratch");
        assertThat(row(rows, "snap-0b").instanceId()).isNull();
    }

    @Test
    void orphansAreSnapshotsWhoseVolumeIsGoneButCopiesAreNot() {
        RegionSnapshots snapshots = region.snapshots();

        assertThat(snapshots.orphans()).extracting(SnapshotRow::id).containsExactly("snap-0orphan2", "snap-0old");
        SnapshotRow legacy = row(snapshots.rows(), "snap-0old");
        // The volume's instance is gone too: the snapshot's own Name tag is what is left of it.
        assertThat(legacy.instanceName()).isEqualTo("legacy-01");
        SnapshotRow copy = row(snapshots.rows(), "snap-0copy");
        assertThat(copy.orphan()).isFalse();
        assertThat(copy.copyOf()).isEqualTo("snap-0dd");
    }

    @Test
    void theAmiUsingASnapshotAndItsCopiesInOtherRegionsAreFound() {
        Ec2Snapshot copy = new Ec2Snapshot("us-east-1", "snap-0drcopy", "vol-ffffffff", Instant.parse("2026-11-19T01:20:00Z"),
                "pending", 42, 20, "DR", false, Map.of(SnapshotCopies.COPY_OF, "snap-0a"));
        RegionInventory virginia = new RegionInventory("us-east-1", NOW, List.of(), List.of(), List.of(copy), List.of());

        RegionSnapshots snapshots = region.snapshots(virginia);

        assertThat(snapshots.imageUsing("snap-0a")).isEqualTo("ami-0golden");
        assertThat(snapshots.imageUsing("snap-0b")).isNull();
        assertThat(snapshots.copiesOf("snap-0a")).containsExactly(new CopyRef("us-east-1", "snap-0drcopy", "pending", 42));
        TimelineMark mark = snapshots.timeline("vol-0root", NOW, java.time.ZoneOffset.UTC).marks().get(0);
        assertThat(mark.imageId()).isEqualTo("ami-0golden");
        assertThat(mark.copies()).hasSize(1);
    }

    @Test
    void aGoneVolumesTimelineStartsAtItsOldestSnapshotAndExpectsNothing() {
        VolumeTimeline gone = region.snapshots().timeline("vol-0gone", NOW, java.time.ZoneOffset.UTC);

        assertThat(gone.label()).isEqualTo("vol-0gone (gone)");
        assertThat(gone.days().get(0).day()).isEqualTo(java.time.LocalDate.parse("2026-04-01"));
        assertThat(gone.missed()).isEmpty();
        assertThat(gone.marks()).hasSize(2);
    }

    private static SnapshotRow row(List<SnapshotRow> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
