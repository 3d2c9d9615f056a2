package io.lifeboat.volumes;

import static io.lifeboat.volumes.VolumeFixtures.NOW;
import static io.lifeboat.volumes.VolumeFixtures.instance;
import static io.lifeboat.volumes.VolumeFixtures.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.inventory.RegionInventory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagEditorPlanTest {

    private final List<VolumeRecord> rows = new VolumeInventory(new BackupPolicies(BackupConvention.DEFAULT),
            Clock.fixed(NOW, ZoneOffset.UTC)).records(new RegionInventory("eu-west-3", NOW,
            List.of(instance("i-1", Map.of("Name", "web-01", "Backup", "Yes", "Retention", "7"))),
            List.of(volume("vol-1", "i-1", "/dev/xvda", 20, Map.of("Name", "root")),
                    volume("vol-2", "i-1", "/dev/xvdf", 100, Map.of("Retention", "14")),
                    volume("vol-3", null, null, 10, Map.of())),
            List.of(), List.of()));

    @Test
    void previewShowsBeforeAndAfterPerResourceAndSkipsUnchanged() {
        TagEditPlan plan = TagEditor.plan(rows, TagTarget.VOLUMES, TagEdit.setting("Retention", "14"),
                BackupConvention.DEFAULT);

        assertThat(plan.changes()).extracting(TagChange::resourceId).containsExactly("vol-1", "vol-3");
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.changes().get(0).label()).isEqualTo("root");
        assertThat(plan.changes().get(0).differences()).containsExactly("Retention: (none) \u2192 14");
    }

    @Test
    void instanceEditsTouchEachInstanceOnceAndSkipUnattachedVolumes() {
        TagEditPlan plan = TagEditor.plan(rows, TagTarget.INSTANCES, TagEdit.setting("Retention", "30"),
                BackupConvention.DEFAULT);

        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.resourceId()).isEqualTo("i-1");
            assertThat(change.differences()).containsExactly("Retention: 7 \u2192 30");
        });
        assertThat(plan.skipped()).containsExactly("vol-3 is not attached to an instance");
    }

    @Test
    void removingAKeyShowsRemoved() {
        TagEditPlan plan = TagEditor.plan(rows.subList(1, 2), TagTarget.VOLUMES, TagEdit.removing("Retention"),
                BackupConvention.DEFAULT);

        assertThat(plan.changes().get(0).differences()).containsExactly("Retention: 14 \u2192 (removed)");
    }

    @Test
    void invalidEditsAreRefusedWithEveryProblem() {
        TagEdit edit = new TagEdit(Map.of("Backup", "yes", "Retention", "7d", "aws:owner", "me", " Env", "x"),
                Set.of("Env"));

        assertThatThrownBy(() -> TagEditor.plan(rows, TagTarget.VOLUMES, edit, BackupConvention.DEFAULT))
                .isInstanceOfSatisfying(InvalidTagEditException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "Backup must be Yes or No exactly, not \"yes\".",
                        "Retention must be a whole number of days from 1 to 3650, not \"7d\".",
                        "Tag keys starting with aws: are reserved by AWS.",
                        "The tag key \" Env\" has leading or trailing spaces."));
    }

    @Test
    void nearMissKeysOfTheConventionAreRefused() {
        assertThat(TagEdit.setting("backup", "Yes").problems(BackupConvention.DEFAULT))
                .containsExactly("The tag key \"backup\" is not Backup: tag keys are case-sensitive and the backup engine reads Backup.");
        assertThat(new TagEdit(Map.of(), Set.of()).problems(BackupConvention.DEFAULT))
                .containsExactly("Nothing to change: add a tag to set or a key to remove.");
        assertThat(new TagEdit(Map.of("Retention", "14"), Set.of("Retention")).problems(BackupConvention.DEFAULT))
                .containsExactly("Retention cannot be both set and removed.");
    }

    @Test
    void moreThanFiftyTagsIsRefused() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> TagEditor.plan(rows.subList(0, 1), TagTarget.VOLUMES, new TagEdit(many, Set.of()),
                BackupConvention.DEFAULT))
                .hasMessage("root would have 51 tags; AWS allows 50 per resource.");
    }
}
