package io.lifeboat.ui.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.tasks.QueuedTaskRunner;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.ui.RecordingDialogs;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.VolumeColumn;
import io.lifeboat.volumes.VolumeRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The Volumes view model on the demo sandbox, without a screen: on the inline runner, and where the
 * order of things matters (a load finishing after the user typed), on a runner the test steps through.
 */
class VolumesViewModelTest {

    private static final String REGION = DemoCore.REGION;

    @TempDir
    Path home;

    private DemoCore demo;
    private Lifeboat core;
    private Session session;
    private RecordingDialogs dialogs;
    private List<String> notes;

    @BeforeEach
    void open() {
        demo = new DemoCore(home);
        core = demo.core;
        session = demo.session;
        dialogs = demo.dialogs;
        notes = demo.notes;
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private VolumesViewModel model(TaskRunner tasks) {
        return demo.volumes(tasks);
    }

    private VolumesViewModel loaded() {
        VolumesViewModel model = model(new InlineTaskRunner());
        model.sessionChanged(session);
        return model;
    }

    private static List<String> names(List<VolumeRecord> rows) {
        return rows.stream().map(VolumeRecord::name).toList();
    }

    private static VolumeRecord row(List<VolumeRecord> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aSessionShowsItsRegionsVolumesWithTheirCoverage() {
        VolumesViewModel model = loaded();

        assertThat(model.regions().chosen()).containsExactly(REGION);
        assertThat(model.regions().available()).contains(REGION, "eu-west-1", "us-east-1", "eu-central-1");
        assertThat(model.allRows()).hasSizeGreaterThan(40).allSatisfy(r -> assertThat(r.region()).isEqualTo(REGION));
        assertThat(model.shownRows()).containsExactlyElementsOf(model.allRows());
        assertThat(model.summaryProperty().get().total().volumes()).isEqualTo(model.allRows().size());
        assertThat(model.regionStatuses()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(RegionStatus.State.LOADED);
            assertThat(s.volumes()).isEqualTo(model.allRows().size());
        });
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.hasDataProperty().get()).isTrue();
        assertThat(model.subtitle().get()).startsWith(model.allRows().size() + " of " + model.allRows().size()
                + " volumes in eu-west-3  \u00b7  loaded ");
    }

    @Test
    void everyFilterNarrowsTheRowsAndTheCoverageAndClearingShowsAllAgain() {
        VolumesViewModel model = loaded();
        int all = model.allRows().size();

        model.filters().textProperty().set("prod-api");
        assertThat(names(model.shownRows())).hasSize(9).allMatch(n -> n.startsWith("prod-api-"))
                .contains("prod-api-01-root", "prod-api-restore-test");
        assertThat(model.summaryProperty().get().total().volumes()).isEqualTo(9);

        assertThat(model.filters().addTag("=api")).isFalse();
        assertThat(model.filters().addTag("Role=api")).isTrue();
        model.filters().textProperty().set("");
        assertThat(model.shownRows()).hasSize(12).allSatisfy(r -> assertThat(r.instanceName()).contains("-api-"));

        model.filters().statuses().add(BackupStatus.MISCONFIGURED);
        assertThat(model.shownRows()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(BackupStatus.MISCONFIGURED));
        assertThat(names(model.shownRows())).contains("prod-api-04-root", "stg-api-02-data");

        model.filters().clear();
        model.filters().policies().add(BackupPolicy.Kind.OPTED_OUT);
        assertThat(model.shownRows()).isNotEmpty().allSatisfy(r -> assertThat(r.policy().kind()).isEqualTo(BackupPolicy.Kind.OPTED_OUT));

        model.filters().clear();
        model.filters().instanceProperty().set("prod-web-01");
        assertThat(names(model.shownRows())).containsExactlyInAnyOrder("prod-web-01-root", "prod-web-01-uploads");

        model.filters().clear();
        assertThat(model.shownRows()).hasSize(all);
        assertThat(model.subtitle().get()).startsWith(all + " of " + all + " volumes");
    }

    @Test
    void aRefreshWhileAFilterIsTypedShowsTheReloadedRowsThroughTheFilter() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        VolumesViewModel model = model(tasks);
        model.sessionChanged(session);
        tasks.runAll();
        assertThat(row(model.shownRows(), "stg-api-02-root").status()).isEqualTo(BackupStatus.MISCONFIGURED);
        // Someone fixes the typo'd Retention tag outside Lifeboat; the user refreshes and types a filter
        // before the reload is back.
        String instance = row(model.allRows(), "stg-api-02-root").instanceId();
        session.connection().clients().ec2(REGION).createTags(r -> r.resources(instance)
                .tags(Tag.builder().key("Retention").value("14").build()));

        List<VolumeRecord> before = List.copyOf(model.shownRows());
        model.refresh();
        model.filters().textProperty().set("stg-api-02");
        tasks.run("Load volumes");
        assertThat(tasks.waiting()).containsExactly("Filter volumes", "Filter volumes");
        // The filter typed over the old rows finishes after the reload: it is dropped...
        tasks.run("Filter volumes");
        assertThat(model.shownRows()).isEqualTo(before);
        // ...and the same filter over the reloaded rows is what the table shows.
        tasks.runAll();

        assertThat(names(model.shownRows())).containsExactlyInAnyOrder("stg-api-02-root", "stg-api-02-data");
        assertThat(model.shownRows()).allSatisfy(r -> {
            assertThat(r.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
            assertThat(r.policy().retentionDays()).isEqualTo(14);
        });
    }

    @Test
    void aFilterFinishingAfterANewerOneIsDropped() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        VolumesViewModel model = model(tasks);
        model.sessionChanged(session);
        tasks.runAll();

        model.filters().textProperty().set("prod");
        model.filters().textProperty().set("prod-web-01");
        assertThat(tasks.waiting()).containsExactly("Filter volumes", "Filter volumes");
        List<VolumeRecord> all = List.copyOf(model.shownRows());
        tasks.run("Filter volumes");
        assertThat(model.shownRows()).isEqualTo(all);
        tasks.run("Filter volumes");

        assertThat(names(model.shownRows())).containsExactlyInAnyOrder("prod-web-01-root", "prod-web-01-uploads");
    }

    @Test
    void aLoadOfRegionsNoLongerChosenIsDropped() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        VolumesViewModel model = model(tasks);
        model.sessionChanged(session);
        tasks.run("List enabled regions");

        model.regions().choose(List.of("eu-west-1"));
        tasks.run("Load volumes in eu-west-1");
        tasks.run("Load volumes in eu-west-3");
        tasks.runAll();

        assertThat(model.allRows()).isNotEmpty().allSatisfy(r -> assertThat(r.region()).isEqualTo("eu-west-1"));
        assertThat(model.regionStatuses()).extracting(RegionStatus::region).containsExactly("eu-west-1");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void theChosenRegionsAreRememberedPerAccountAndLoadedTogether() {
        VolumesViewModel model = loaded();

        model.regions().choose(List.of(REGION, "eu-west-1"));

        assertThat(model.allRows()).extracting(VolumeRecord::region).contains(REGION, "eu-west-1");
        assertThat(model.regionStatuses()).extracting(RegionStatus::state)
                .containsOnly(RegionStatus.State.LOADED).hasSize(2);
        VolumesViewModel again = loaded();
        assertThat(again.regions().chosen()).containsExactly(REGION, "eu-west-1");
        assertThat(core.settings().rememberedRegions(Destinations.VOLUMES, "999999999999")).isEmpty();
        assertThat(core.settings().rememberedRegions(Destinations.BACKUPS, session.connection().accountId())).isEmpty();
    }

    @Test
    void theSelectionStaysOnTheSameVolumesWhenATagEditReplacesTheRows() {
        VolumesViewModel model = loaded();
        model.select(List.of(row(model.shownRows(), "stg-web-01-root"), row(model.shownRows(), "stg-web-02-root")));
        TagEditViewModel editor = model.tagEditor().orElseThrow();
        editor.targetProperty().set(io.lifeboat.volumes.TagTarget.INSTANCES);
        editor.retentionDaysProperty().set("21");
        editor.setRetention();
        editor.preview();

        model.applyEdit(editor.planToApply().orElseThrow());

        assertThat(model.selection()).extracting(VolumeRecord::name).containsExactly("stg-web-01-root", "stg-web-02-root");
        assertThat(model.selection()).allSatisfy(r -> assertThat(r.policy().retentionDays()).isEqualTo(21));
        assertThat(model.shownRows()).containsAll(model.selection());
        assertThat(notes).containsExactly("Tags changed on 2 resources");
    }

    @Test
    void theSelectionFollowsTheFilter() {
        VolumesViewModel model = loaded();
        model.select(List.of(row(model.shownRows(), "prod-web-01-root"), row(model.shownRows(), "stg-web-01-root")));

        model.filters().textProperty().set("prod-web");
        assertThat(model.selection()).extracting(VolumeRecord::name).containsExactly("prod-web-01-root");
        model.filters().textProperty().set("");
        assertThat(model.selection()).extracting(VolumeRecord::name)
                .containsExactlyInAnyOrder("prod-web-01-root", "stg-web-01-root");
    }

    @Test
    void selectedIdsAreCopiedAndOpenedInTheConsole() {
        VolumesViewModel model = loaded();
        List<VolumeRecord> chosen = model.shownRows().subList(0, 2);
        model.select(List.copyOf(chosen));

        model.copySelectedIds();
        model.openSelectionInConsole();

        assertThat(dialogs.clipboard).isEqualTo(chosen.get(0).volumeId() + "\n" + chosen.get(1).volumeId());
        assertThat(notes).containsExactly("Copied 2 volume ids");
        assertThat(dialogs.links).hasSize(2).allSatisfy(url -> assertThat(url).contains("region=eu-west-3"));
    }

    @Test
    void theViewIsExportedAsShownToTheFileChosen() throws Exception {
        VolumesViewModel model = loaded();
        model.filters().textProperty().set("prod-web-01");
        dialogs.saveTo = home.resolve("volumes.csv");

        model.exportCsv(List.copyOf(model.shownRows()), List.of(VolumeColumn.NAME, VolumeColumn.SIZE));

        assertThat(Files.readAllLines(dialogs.saveTo)).hasSize(3).element(0).asString().contains("Name");
        assertThat(notes).containsExactly("Exported 2 volumes to volumes.csv");
        assertThat(Set.copyOf(dialogs.asked)).containsExactly("save: volumes.csv");
    }
}
