package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.app.TagHistory;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.PlannedVolume;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.ui.backup.BackupViewModel;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.snapshots.AnsweringForms;
import io.lifeboat.ui.snapshots.SnapshotsViewModel;
import io.lifeboat.ui.volumes.VolumesViewModel;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.TagEdit;
import io.lifeboat.volumes.TagTarget;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * One EC2 inventory per session and region, shared by the three views that need it: opening Volumes
 * lists the region, then Backups and Snapshots list nothing; Refresh in any of them lists again and
 * the others follow; what one changes the others show.
 */
class SharedInventoryTest {

    private static final String REGION = "eu-west-3";

    @TempDir
    Path home;

    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private Lifeboat core;
    private Session session;
    private VolumesViewModel volumes;
    private BackupViewModel backups;
    private SnapshotsViewModel snapshots;

    @BeforeEach
    void open() {
        SandboxAccount account = SandboxAccount.withDemoFleet(SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z")));
        core = Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE, spec -> new SandboxServiceClients(account));
        session = core.connect(ConnectionSpec.sandbox(REGION, false));
        RecordingDialogs dialogs = new RecordingDialogs();
        volumes = new VolumesViewModel(tasks, regions(Destinations.VOLUMES, RegionSelection.Mode.SEVERAL), dialogs, n -> { });
        backups = new BackupViewModel(tasks, regions(Destinations.BACKUPS, RegionSelection.Mode.SEVERAL), dialogs,
                core.backupRuns(), () -> BackupSettings.defaults(BackupConvention.DEFAULT));
        snapshots = new SnapshotsViewModel(tasks, regions(Destinations.SNAPSHOTS, RegionSelection.Mode.ONE), dialogs,
                new AnsweringForms(), n -> { }, () -> BackupSettings.defaults(BackupConvention.DEFAULT), () -> ZoneOffset.UTC, TagHistory.NONE);
    }

    private RegionSelection regions(String view, RegionSelection.Mode mode) {
        return new RegionSelection(view, mode, tasks, core.settings());
    }

    @AfterEach
    void close() {
        core.close();
    }

    /** EC2 listing calls so far (DescribeRegions, asked once per session for the region menus, aside). */
    private Map<String, Long> listings() {
        Map<String, Long> calls = new TreeMap<>(session.connection().calls().snapshot());
        calls.keySet().removeIf(k -> !k.startsWith("ec2:Describe") || k.equals("ec2:DescribeRegions"));
        return calls;
    }

    @Test
    void switchingVolumesBackupsSnapshotsListsEc2Once() {
        volumes.sessionChanged(session);
        Map<String, Long> afterVolumes = listings();
        assertThat(afterVolumes).containsOnlyKeys("ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:DescribeSnapshots",
                "ec2:DescribeImages");

        backups.sessionChanged(session);
        snapshots.sessionChanged(session);

        assertThat(listings()).isEqualTo(afterVolumes);
        assertThat(volumes.allRows()).isNotEmpty();
        assertThat(backups.planProperty().get().creates()).isNotEmpty();
        assertThat(snapshots.rows()).isNotEmpty();
    }

    @Test
    void aRefreshInOneViewListsOnceAndTheOthersFollow() {
        volumes.sessionChanged(session);
        backups.sessionChanged(session);
        snapshots.sessionChanged(session);
        String volume = volumes.allRows().stream().filter(r -> r.name().equals("prod-web-01-root")).findFirst()
                .orElseThrow().volumeId();
        // The old nightly script snapshots a volume outside Lifeboat; the user refreshes the Snapshots view.
        String made = session.connection().clients().ec2(REGION).createSnapshot(r -> r.volumeId(volume)
                .tagSpecifications(t -> t.resourceType("snapshot").tags(Tag.builder().key("Type").value("Automated").build())))
                .snapshotId();
        Map<String, Long> before = listings();

        snapshots.refresh();

        Map<String, Long> after = listings();
        after.replaceAll((op, n) -> n - before.getOrDefault(op, 0L));
        assertThat(after).containsOnly(Map.entry("ec2:DescribeInstances", 1L), Map.entry("ec2:DescribeVolumes", 1L),
                Map.entry("ec2:DescribeSnapshots", 1L), Map.entry("ec2:DescribeImages", 1L));
        assertThat(snapshots.rows()).extracting(SnapshotRow::id).contains(made);
        assertThat(volumes.allRows()).filteredOn(r -> r.volumeId().equals(volume)).singleElement()
                .satisfies(r -> assertThat(r.recentSnapshots().get(0).id()).isEqualTo(made));
        assertThat(backups.skips()).anySatisfy(s -> assertThat(s.snapshotId()).isEqualTo(made));
    }

    @Test
    void aTagEditInVolumesReachesBackupsAndSnapshotsWithoutListing() {
        volumes.sessionChanged(session);
        backups.sessionChanged(session);
        snapshots.sessionChanged(session);
        // Never backed up, so tonight's plan snapshots it.
        var root = volumes.allRows().stream().filter(r -> r.name().equals("prod-api-03-data")).findFirst().orElseThrow();
        assertThat(plannedVolumes()).contains(root.volumeId());
        Map<String, Long> before = listings();

        volumes.applyEdit(session.volumes().planTagEdit(List.of(root), TagTarget.VOLUMES, TagEdit.setting("Backup", "No")));

        assertThat(listings()).isEqualTo(before);
        assertThat(plannedVolumes()).doesNotContain(root.volumeId());
        assertThat(session.volumes().records(session.inventory().cached(REGION).stream().toList()))
                .filteredOn(r -> r.volumeId().equals(root.volumeId())).singleElement().satisfies(r -> assertThat(r.tags()).containsEntry("Backup", "No"));
    }

    private List<String> plannedVolumes() {
        return backups.planProperty().get().creates().stream().flatMap(c -> c.volumes().stream())
                .map(PlannedVolume::volumeId).toList();
    }

    @Test
    void aNewSessionListsAgainButNewSettingsDoNot() {
        volumes.sessionChanged(session);
        Map<String, Long> once = listings();

        Session reconfigured = core.reconfigure(BackupConvention.DEFAULT.withDefaultRetention(10));
        volumes.sessionChanged(reconfigured);
        assertThat(listings()).isEqualTo(once);

        Session reconnected = core.connect(ConnectionSpec.sandbox(REGION, false));
        volumes.sessionChanged(reconnected);
        assertThat(reconnected.connection().calls().snapshot()).containsKey("ec2:DescribeVolumes");
        assertThat(List.copyOf(volumes.allRows())).isNotEmpty();
    }
}
