package io.lifeboat.backup;

import static io.lifeboat.backup.Inventories.NOW;
import static io.lifeboat.backup.Inventories.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.BackupConvention;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner over a table of small fleets: which calls it plans (one line per create: kind, whose,
 * which volumes, retention, exclusions) and what it leaves alone, with the reason's id.
 */
class BackupPlannerTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    static Stream<Arguments> fleets() {
        return Stream.of(
                Arguments.of("an instance tagged Backup=Yes: its two volumes in one CreateSnapshots",
                        region("eu-west-3").instance("i-1", "Name", "web-1", "Backup", "Yes")
                                .volume("vol-root", "i-1", "/dev/xvda", 8)
                                .volume("vol-data", "i-1", "/dev/xvdf", 100),
                        List.of("multi i-1 [vol-root, vol-data] 7d"), List.of()),
                Arguments.of("an opted-out data volume is excluded by id, the rest stay one set",
                        region("eu-west-3").instance("i-1", "Name", "db-1", "Backup", "Yes")
                                .volume("vol-root", "i-1", "/dev/xvda", 8)
                                .volume("vol-out", "i-1", "/dev/xvdf", 500, "Backup", "No")
                                .volume("vol-data", "i-1", "/dev/xvdg", 100),
                        List.of("multi i-1 [vol-root, vol-data] 7d exclude [vol-out]"), List.of("vol-out opted-out")),
                Arguments.of("an opted-out root volume is excluded with ExcludeBootVolume, never by id",
                        region("eu-west-3").instance("i-1", "Name", "db-1", "Backup", "Yes")
                                .volume("vol-root", "i-1", "/dev/xvda", 8, "Backup", "No")
                                .volume("vol-a", "i-1", "/dev/xvdf", 10)
                                .volume("vol-b", "i-1", "/dev/xvdg", 20),
                        List.of("multi i-1 [vol-a, vol-b] 7d no-boot"), List.of("vol-root opted-out")),
                Arguments.of("different retentions on one instance: one call per retention",
                        region("eu-west-3").instance("i-1", "Name", "db-1", "Backup", "Yes", "Retention", "14")
                                .volume("vol-root", "i-1", "/dev/xvda", 8)
                                .volume("vol-logs", "i-1", "/dev/xvdf", 10)
                                .volume("vol-data", "i-1", "/dev/xvdg", 100, "Retention", "30"),
                        List.of("multi i-1 [vol-root, vol-logs] 14d exclude [vol-data]", "single vol-data 30d"), List.of()),
                Arguments.of("one covered volume of an instance: a plain CreateSnapshot",
                        region("eu-west-3").instance("i-1", "Name", "app-1")
                                .volume("vol-root", "i-1", "/dev/xvda", 8)
                                .volume("vol-data", "i-1", "/dev/xvdf", 40, "Backup", "Yes"),
                        List.of("single vol-data 7d"), List.of("vol-root not-covered")),
                Arguments.of("an unattached volume tagged Backup=Yes is snapshotted on its own",
                        region("eu-west-3").volume("vol-loose", null, null, 20, "Backup", "Yes", "Retention", "3")
                                .volume("vol-other", null, null, 20),
                        List.of("single vol-loose 3d"), List.of("vol-other not-covered")),
                Arguments.of("a near-miss tag whose intent is plain is backed up anyway",
                        region("eu-west-3").instance("i-1", "Name", "web-2", "Backup", "yes")
                                .volume("vol-root", "i-1", "/dev/xvda", 8),
                        List.of("single vol-root 7d"), List.of()),
                Arguments.of("an unclear Backup value is not backed up until fixed",
                        region("eu-west-3").instance("i-1", "Name", "web-3", "Backup", "Maybe")
                                .volume("vol-root", "i-1", "/dev/xvda", 8),
                        List.of(), List.of("vol-root misconfigured")),
                Arguments.of("a volume still being created waits for a later run",
                        region("eu-west-3").volumeInState("vol-new", null, null, 20, "creating", "Backup", "Yes"),
                        List.of(), List.of("vol-new volume-not-ready")),
                Arguments.of("an instance whose root device is unknown: one call per volume",
                        region("eu-west-3").instanceWithRoot("i-1", null, "Name", "odd-1", "Backup", "Yes")
                                .volume("vol-a", "i-1", "/dev/sda1", 8)
                                .volume("vol-b", "i-1", "/dev/sdf", 8),
                        List.of("single vol-a 7d", "single vol-b 7d"), List.of()),
                Arguments.of("an instance that is not listed: its volume stands alone",
                        region("eu-west-3").volume("vol-orphan", "i-gone", "/dev/xvdf", 8, "Backup", "Yes"),
                        List.of("single vol-orphan 7d"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fleets")
    void plansTheCallsAndSkipsOfEachFleet(String name, Inventories fleet, List<String> creates, List<String> skips) {
        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        assertThat(plan.creates()).extracting(BackupPlannerTest::describe).containsExactlyInAnyOrderElementsOf(creates);
        assertThat(plan.skips()).extracting(s -> s.resourceId() + " " + s.reason().id())
                .containsExactlyInAnyOrderElementsOf(skips);
        assertThat(plan.deletions()).isEmpty();
    }

    static String describe(SnapshotCreate create) {
        String whose = create.multiVolume() ? create.instanceId() + " " + create.volumeIds() : create.volumeIds().get(0);
        return create.kind().id() + " " + whose + " " + create.retentionDays() + "d"
                + (create.excludeBootVolume() ? " no-boot" : "")
                + (create.excludeDataVolumeIds().isEmpty() ? "" : " exclude " + create.excludeDataVolumeIds());
    }
}
