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
 * A volume with an automated snapshot started within the last 20 hours gets no second one: running twice
 * a night is harmless. Midnight and DST changes: {@link BackupDayTest}.
 */
class IdempotenceTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);
    private static final Instant EARLY_TODAY = Instant.parse("2026-11-25T00:05:00Z");

    private static Inventories fleet() {
        return region("eu-west-3").instance("i-1", "Name", "web-1", "Backup", "Yes")
                .volume("vol-root", "i-1", "/dev/xvda", 8)
                .volume("vol-data", "i-1", "/dev/xvdf", 100);
    }

    @Test
    void aSecondRunTheSameDayPlansNoCreates() {
        BackupPlan first = BackupPlanner.plan(List.of(fleet().build()), SETTINGS, NOW);
        Inventories afterFirstRun = fleet();
        for (SnapshotCreate create : first.creates()) {
            create.volumes().forEach(v -> afterFirstRun.snapshot("snap-" + v.volumeId(), v.volumeId(), NOW, "pending",
                    create.tags().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                            .toArray(String[]::new)));
        }

        BackupPlan second = BackupPlanner.plan(List.of(afterFirstRun.build()), SETTINGS, NOW.plus(Duration.ofHours(3)));

        assertThat(first.creates()).hasSize(1);
        assertThat(second.creates()).isEmpty();
        assertThat(second.skips()).extracting(PlanSkip::reason).containsOnly(PlanSkip.Reason.ALREADY_SNAPSHOTTED_TODAY);
        assertThat(second.skips()).extracting(PlanSkip::snapshotId).containsExactlyInAnyOrder("snap-vol-root", "snap-vol-data");
        assertThat(second.skips().get(0).detail()).startsWith("Already snapshotted 3 h ago: snap-vol-").contains("pending 40%");
    }

    @Test
    void onlyAnAutomatedSnapshotOfTheLast20HoursThatIsNotInErrorCounts() {
        Inventories fleet = fleet()
                .snapshot("snap-last-night", "vol-root", NOW.minus(Duration.ofHours(20)), "completed",
                        "Type", "Automated", "DeleteOn", "2026-12-01")
                .snapshot("snap-manual", "vol-root", EARLY_TODAY, "completed", "Name", "before upgrade")
                .snapshot("snap-error", "vol-data", EARLY_TODAY, "error", "Type", "Automated", "DeleteOn", "2026-12-02")
                .snapshot("snap-sources", "vol-data", EARLY_TODAY, "completed", "Type", "Automated", "DeleteOn", "2026-12-02");

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        // The source's Lambdas tag Type=Automated without a policy: their snapshot today counts as today's backup.
        assertThat(plan.creates()).extracting(BackupPlannerTest::describe).containsExactly("single vol-root 7d");
        assertThat(plan.skips()).singleElement().satisfies(s -> {
            assertThat(s.volumeId()).isEqualTo("vol-data");
            assertThat(s.snapshotId()).isEqualTo("snap-sources");
        });
    }
}
