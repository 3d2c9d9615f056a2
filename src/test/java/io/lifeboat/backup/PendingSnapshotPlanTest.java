package io.lifeboat.backup;

import static io.lifeboat.backup.Inventories.NOW;
import static io.lifeboat.backup.Inventories.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EC2 allows one snapshot in progress per st1/sc1 volume and five for other types, and a large first
 * snapshot can take more than a day. A volume still waiting on one is left out with its reason, and
 * taken out of its instance's set, so the set does not fail every night.
 */
class PendingSnapshotPlanTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    private static Inventories instance() {
        return region("eu-west-3").instance("i-1", "Name", "logs-1", "Backup", "Yes")
                .volume("vol-root", "i-1", "/dev/xvda", 8)
                .volumeOfType("vol-cold", "i-1", "/dev/xvdf", 12_500, "st1", "in-use")
                .volume("vol-data", "i-1", "/dev/xvdg", 100);
    }

    @Test
    void aVolumeWhoseAutomatedSnapshotOfAnEarlierNightIsStillPendingIsLeftOutOfTheSet() {
        Inventories fleet = instance().snapshot("snap-first", "vol-cold", NOW.minus(Duration.ofHours(30)), "pending",
                "Type", "Automated", "DeleteOn", "2026-12-01");

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        assertThat(plan.creates()).extracting(BackupPlannerTest::describe)
                .containsExactly("multi i-1 [vol-root, vol-data] 7d exclude [vol-cold]");
        assertThat(plan.skips()).singleElement().satisfies(s -> {
            assertThat(s.volumeId()).isEqualTo("vol-cold");
            assertThat(s.reason()).isEqualTo(PlanSkip.Reason.PREVIOUS_SNAPSHOT_PENDING);
            assertThat(s.detail()).contains("snap-first from 30 h ago is still pending (40%)")
                    .contains("one snapshot in progress per st1 volume");
        });
    }

    @Test
    void aRootVolumeStillPendingIsLeftOutWithExcludeBootVolume() {
        Inventories fleet = instance().snapshot("snap-root", "vol-root", NOW.minus(Duration.ofHours(26)), "pending",
                "Type", "Automated", "DeleteOn", "2026-12-01");

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        assertThat(plan.creates()).extracting(BackupPlannerTest::describe)
                .containsExactly("multi i-1 [vol-cold, vol-data] 7d no-boot");
    }

    @Test
    void otherPendingSnapshotsCountAgainstTheLimitOfTheVolumesType() {
        Inventories fleet = instance()
                .snapshot("snap-manual", "vol-cold", NOW.minus(Duration.ofMinutes(30)), "pending", "Name", "before resize");
        for (int i = 1; i <= 4; i++) {
            fleet.snapshot("snap-dlm-" + i, "vol-data", NOW.minus(Duration.ofMinutes(i)), "pending", "dlm:managed", "true");
        }

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        // One pending is st1's limit; four are under gp3's five.
        assertThat(plan.creates()).extracting(BackupPlannerTest::describe)
                .containsExactly("multi i-1 [vol-root, vol-data] 7d exclude [vol-cold]");
        assertThat(plan.skips()).singleElement().satisfies(s ->
                assertThat(s.detail()).startsWith("1 of its snapshots are still pending (snap-manual)"));

        fleet.snapshot("snap-dlm-5", "vol-data", NOW.minus(Duration.ofMinutes(5)), "pending", "dlm:managed", "true");
        assertThat(BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW).creates()).extracting(BackupPlannerTest::describe)
                .containsExactly("single vol-root 7d");
    }
}
