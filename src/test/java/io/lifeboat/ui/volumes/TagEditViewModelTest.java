package io.lifeboat.ui.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.TagTarget;
import io.lifeboat.volumes.VolumeRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tag editor without a screen: the quick buttons, the preview and its staleness, and the convention's keys. */
class TagEditViewModelTest {

    private static final String REGION = DemoCore.REGION;

    @TempDir
    Path home;

    private DemoCore demo;
    private Lifeboat core;
    private VolumesViewModel volumes;

    @BeforeEach
    void open() {
        demo = new DemoCore(home);
        core = demo.core;
        volumes = demo.volumes(new InlineTaskRunner());
        volumes.sessionChanged(demo.session);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private TagEditViewModel editorFor(String... names) {
        volumes.select(volumes.shownRows().stream().filter(r -> List.of(names).contains(r.name())).toList());
        return volumes.tagEditor().orElseThrow();
    }

    private static Map<String, String> set(TagEditViewModel editor) {
        return editor.edit().set();
    }

    private VolumeRecord row(String name) {
        return volumes.allRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private Map<String, String> instanceTags(String volumeName) {
        String instance = row(volumeName).instanceId();
        return Tags.toMap(core.session().connection().clients().ec2(REGION).describeInstances(r -> r.instanceIds(instance))
                .reservations().get(0).instances().get(0).tags());
    }

    @Test
    void theQuickButtonsFillOneRowPerKeyAndRetentionCanBeRemoved() {
        TagEditViewModel editor = editorFor("prod-web-05-root");

        editor.backupNo();
        editor.backupYes();
        editor.retentionDaysProperty().set(" 30 ");
        editor.setRetention();
        editor.addRow().keyProperty().set("Owner");
        editor.removeRetention();
        editor.removeRetention();

        assertThat(editor.rows()).hasSize(3);
        assertThat(set(editor)).containsExactly(Map.entry("Backup", "Yes"), Map.entry("Retention", "30"),
                Map.entry("Owner", ""));
        assertThat(editor.removeKeysProperty().get()).isEqualTo("Retention");
        assertThat(editor.backupLabel("Yes")).isEqualTo("Backup = Yes");
    }

    @Test
    void onlyTheCurrentPreviewCanBeAppliedAndAnyChangeMakesItStale() {
        TagEditViewModel editor = editorFor("prod-web-05-root");
        assertThat(editor.instances()).isEqualTo(1);
        editor.targetProperty().set(TagTarget.INSTANCES);
        editor.backupYes();
        assertThat(editor.planToApply()).isEmpty();

        editor.preview();
        assertThat(editor.changes()).singleElement().satisfies(c ->
                assertThat(c.differences()).containsExactly("Backup: yes \u2192 Yes"));
        assertThat(editor.summaryProperty().get()).isEqualTo("1 to change, 0 already so.");
        assertThat(editor.planToApply()).isPresent();

        editor.rows().get(0).valueProperty().set("No");
        assertThat(editor.previewCurrentProperty().get()).isFalse();
        assertThat(editor.planToApply()).isEmpty();
        editor.preview();
        editor.targetProperty().set(TagTarget.VOLUMES);
        assertThat(editor.planToApply()).isEmpty();
    }

    @Test
    void anInvalidEditShowsWhatIsWrongAndNothingToApply() {
        TagEditViewModel editor = editorFor("prod-web-05-root");
        editor.retentionDaysProperty().set("7d");
        editor.setRetention();
        editor.addRow().keyProperty().set("backup");

        editor.preview();

        assertThat(editor.problems()).anySatisfy(p -> assertThat(p).contains("Retention must be a whole number of days"))
                .anySatisfy(p -> assertThat(p).contains("\"backup\" is not Backup"));
        assertThat(editor.changes()).isEmpty();
        assertThat(editor.planToApply()).isEmpty();
    }

    @Test
    void afterTheTagKeysAreRenamedInSettingsTheEditorWritesTheNewKeys() {
        Session renamed = core.reconfigure(BackupConvention.DEFAULT.withKeys("backup", "retention-days"));
        volumes.sessionChanged(renamed);
        TagEditViewModel editor = editorFor("prod-cache-01-root");
        editor.targetProperty().set(TagTarget.INSTANCES);

        editor.backupYes();
        editor.retentionDaysProperty().set("21");
        editor.setRetention();
        editor.removeRetention();
        editor.removeKeysProperty().set("");
        editor.preview();
        volumes.applyEdit(editor.planToApply().orElseThrow());

        assertThat(editor.backupLabel(BackupConvention.NO)).isEqualTo("backup = No");
        assertThat(editor.retentionKey()).isEqualTo("retention-days");
        assertThat(instanceTags("prod-cache-01-root")).containsEntry("backup", "Yes")
                .containsEntry("retention-days", "21").doesNotContainKeys("Backup", "Retention");
        assertThat(row("prod-cache-01-root").policy()).satisfies(p -> {
            assertThat(p.kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
            assertThat(p.retentionDays()).isEqualTo(21);
        });
        editor.removeRetention();
        assertThat(editor.edit().remove()).isEqualTo(Set.of("retention-days"));
    }
}
