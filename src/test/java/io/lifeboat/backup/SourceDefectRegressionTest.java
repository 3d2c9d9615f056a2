package io.lifeboat.backup;

import static io.lifeboat.backup.Inventories.NOW;
import static io.lifeboat.backup.Inventories.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.BackupConvention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source document's create-snapshots Lambda, defect by defect, as the planner must not repeat
 * them. The defects about calls (a DescribeVolumes per volume, CreateTags after creation, unpaginated
 * DescribeInstances) are pinned against real clients in {@code BackupScenarioTest}.
 */
class SourceDefectRegressionTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    /** The source's {@code if backup_vol == "No": break} left every later volume of the instance unsnapshotted. */
    @Test
    void aBackupNoVolumeDoesNotSkipTheInstancesRemainingVolumes() {
        var fleet = region("eu-west-3").instance("i-1", "Name", "db-1", "Backup", "Yes")
                .volume("vol-root", "i-1", "/dev/xvda", 8)
                .volume("vol-scratch", "i-1", "/dev/xvdb", 200, "Backup", "No")
                .volume("vol-data", "i-1", "/dev/xvdc", 100)
                .volume("vol-logs", "i-1", "/dev/xvdd", 10);

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        assertThat(plan.creates()).singleElement().satisfies(c -> {
            assertThat(c.volumeIds()).containsExactly("vol-root", "vol-data", "vol-logs");
            assertThat(c.excludeDataVolumeIds()).containsExactly("vol-scratch");
        });
    }

    /** The source indexed {@code instance['Tags']} and {@code volume['Tags']} (absent when untagged) and {@code int()}ed Retention. */
    @Test
    void volumesWithoutTagsAndANonNumericRetentionDoNotCrash() {
        var fleet = region("eu-west-3")
                .instance("i-untagged")
                .volume("vol-untagged", "i-untagged", "/dev/xvda", 8)
                .instance("i-typo", "Backup", "Yes", "Retention", "two weeks")
                .volume("vol-typo", "i-typo", "/dev/xvda", 8);

        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW);

        assertThat(plan.creates()).singleElement().satisfies(c -> {
            assertThat(c.volumeIds()).containsExactly("vol-typo");
            assertThat(c.retentionDays()).isEqualTo(7);
            // No Name tag on the instance: the description names it by id, and no empty Name tag is written.
            assertThat(c.description()).isEqualTo("i-typo - vol-typo (/dev/xvda)");
            assertThat(c.tags()).doesNotContainKey("Name");
        });
        assertThat(plan.skips()).extracting(PlanSkip::volumeId).containsExactly("vol-untagged");
        assertThat(plan.misconfigurations()).singleElement()
                .satisfies(m -> assertThat(m.problem()).contains("Retention=two weeks"));
    }

    /** The source hard-coded {@code region = 'eu-west-3'}: the plan covers the regions it is given, each under its own name. */
    @Test
    void noRegionIsHardCoded() {
        var oregon = region("us-west-2").instance("i-us", "Backup", "Yes").volume("vol-us", "i-us", "/dev/xvda", 8);
        var sydney = region("ap-southeast-2").volume("vol-au", null, null, 8, "Backup", "Yes");

        BackupPlan plan = BackupPlanner.plan(List.of(oregon.build(), sydney.build()), SETTINGS, NOW);

        assertThat(plan.regions()).containsExactly("us-west-2", "ap-southeast-2");
        assertThat(plan.creates()).extracting(SnapshotCreate::region).containsExactly("us-west-2", "ap-southeast-2");
    }

    /** The source tagged afterwards with CreateTags, so a failure between the two calls left untagged snapshots. */
    @Test
    void everyTagIsPartOfTheCreateItself() {
        var fleet = region("eu-west-3").instance("i-1", "Name", "web-1", "Backup", "Yes")
                .volume("vol-root", "i-1", "/dev/xvda", 8);

        SnapshotCreate create = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, NOW).creates().get(0);

        assertThat(create.tags()).containsKeys("DeleteOn", "Type", "Name", "lifeboat:policy");
    }
}
