package io.lifeboat.backup;

import static io.lifeboat.backup.Inventories.NOW;
import static io.lifeboat.backup.Inventories.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which snapshots a plan deletes: owned (the inventory lists only the account's), tagged Type=Automated
 * and with a DeleteOn on or before today; never one without both tags.
 */
class PrunePlanTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Inventories snapshots() {
        return region("eu-west-3").volume("vol-1", null, null, 20)
                .snapshot("snap-due-yesterday", "vol-1", daysAgo(8), "completed", "Type", "Automated", "DeleteOn", "2026-11-24")
                .snapshot("snap-due-today", "vol-1", daysAgo(7), "completed", "Type", "Automated", "DeleteOn", "2026-11-25")
                .snapshot("snap-due-tomorrow", "vol-1", daysAgo(6), "completed", "Type", "Automated", "DeleteOn", "2026-11-26")
                .snapshot("snap-no-type", "vol-1", daysAgo(30), "completed", "DeleteOn", "2026-11-01")
                .snapshot("snap-no-date", "vol-1", daysAgo(30), "completed", "Type", "Automated")
                .snapshot("snap-manual-type", "vol-1", daysAgo(30), "completed", "Type", "Manual", "DeleteOn", "2026-11-01")
                .snapshot("snap-untagged", "vol-1", daysAgo(400), "completed");
    }

    @Test
    void dueMeansDeleteOnIsTodayOrEarlierAndBothTagsArePresent() {
        BackupPlan plan = BackupPlanner.plan(List.of(snapshots().build()), SETTINGS, NOW);

        assertThat(plan.deletions()).extracting(SnapshotDeletion::snapshotId)
                .containsExactlyInAnyOrder("snap-due-yesterday", "snap-due-today");
        assertThat(plan.skips()).extracting(PlanSkip::snapshotId).doesNotContain("snap-no-type", "snap-no-date",
                "snap-manual-type", "snap-untagged", "snap-due-tomorrow");
        assertThat(plan.totals().gibFreed()).isEqualTo(40);
    }

    @Test
    void pendingUnreadableAndAmiSnapshotsAreSkippedWithTheirReason() {
        Inventories fleet = snapshots()
                .snapshot("snap-pending", "vol-1", daysAgo(7), "pending", "Type", "Automated", "DeleteOn", "2026-11-20")
                .snapshot("snap-typo", "vol-1", daysAgo(7), "completed", "Type", "Automated", "DeleteOn", "25/11/2026")
                .snapshot("snap-golden", "vol-1", daysAgo(9), "completed", "Type", "Automated", "DeleteOn", "2026-11-23")
                .image("ami-0123456789abcdef0", "golden-web", "snap-golden");

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        assertThat(plan.deletions()).extracting(SnapshotDeletion::snapshotId)
                .containsExactlyInAnyOrder("snap-due-yesterday", "snap-due-today");
        assertThat(deletionSkips(plan)).containsExactlyInAnyOrder(
                "snap-pending snapshot-pending", "snap-typo unreadable-delete-on", "snap-golden in-use-by-ami");
        assertThat(plan.skips()).filteredOn(s -> s.reason() == PlanSkip.Reason.IN_USE_BY_AMI).singleElement()
                .satisfies(s -> assertThat(s.detail()).contains("ami-0123456789abcdef0 (golden-web)"));
        assertThat(plan.skips()).filteredOn(s -> s.reason() == PlanSkip.Reason.UNREADABLE_DELETE_ON).singleElement()
                .satisfies(s -> assertThat(s.detail()).contains("DeleteOn=\"25/11/2026\""));
    }

    @Test
    void keepNewestKeepsTheNewestCompletedAutomatedSnapshotsOfEachVolumeEvenWhenDue() {
        Inventories fleet = region("eu-west-3").volume("vol-1", null, null, 20).volume("vol-2", null, null, 20)
                .snapshot("a-old", "vol-1", daysAgo(9), "completed", "Type", "Automated", "DeleteOn", "2026-11-23")
                .snapshot("a-mid", "vol-1", daysAgo(8), "completed", "Type", "Automated", "DeleteOn", "2026-11-24")
                .snapshot("a-new", "vol-1", daysAgo(7), "completed", "Type", "Automated", "DeleteOn", "2026-11-25")
                .snapshot("b-only", "vol-2", daysAgo(7), "completed", "Type", "Automated", "DeleteOn", "2026-11-25");

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS.withKeepNewest(2), NOW);

        assertThat(plan.deletions()).extracting(SnapshotDeletion::snapshotId).containsExactly("a-old");
        assertThat(deletionSkips(plan)).containsExactlyInAnyOrder("a-mid keep-newest", "a-new keep-newest", "b-only keep-newest");
    }

    /**
     * Creates have failed for a week (an SCP, a lost permission, the pending limit): every automated
     * snapshot of a covered volume is due. The newest completed one stays; a volume no longer backed up
     * expires as before.
     */
    @Test
    void theLastCompletedAutomatedSnapshotOfACoveredVolumeIsNeverDeleted() {
        Inventories fleet = region("eu-west-3").instance("i-1", "Name", "db-1", "Backup", "Yes")
                .volume("vol-covered", "i-1", "/dev/xvda", 20)
                .volume("vol-gone-out", null, null, 20)
                .snapshot("c-old", "vol-covered", daysAgo(9), "completed", "Type", "Automated", "DeleteOn", "2026-11-23")
                .snapshot("c-newest", "vol-covered", daysAgo(8), "completed", "Type", "Automated", "DeleteOn", "2026-11-24")
                .snapshot("c-failed", "vol-covered", daysAgo(1), "error", "Type", "Automated", "DeleteOn", "2026-11-25")
                .snapshot("o-old", "vol-gone-out", daysAgo(9), "completed", "Type", "Automated", "DeleteOn", "2026-11-23")
                .snapshot("o-newest", "vol-gone-out", daysAgo(8), "completed", "Type", "Automated", "DeleteOn", "2026-11-24");

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        assertThat(plan.deletions()).extracting(SnapshotDeletion::snapshotId)
                .containsExactlyInAnyOrder("c-old", "c-failed", "o-old", "o-newest");
        assertThat(plan.skips()).filteredOn(s -> s.reason() == PlanSkip.Reason.LAST_OF_VOLUME).singleElement()
                .satisfies(s -> {
                    assertThat(s.snapshotId()).isEqualTo("c-newest");
                    assertThat(s.detail()).contains("newest completed automated snapshot of vol-covered")
                            .contains("history never runs out");
                });
    }

    private static java.util.List<String> deletionSkips(BackupPlan plan) {
        return plan.skips().stream().filter(s -> s.reason().aboutDeletion())
                .map(s -> s.snapshotId() + " " + s.reason().id()).toList();
    }
}
