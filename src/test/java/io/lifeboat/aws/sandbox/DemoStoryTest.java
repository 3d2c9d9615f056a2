package io.lifeboat.aws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupService;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.PlanSkip;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.snapshots.SnapshotCatalog;
import io.lifeboat.snapshots.SnapshotOrigin;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.SandboxConnections;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.BackupTags;
import io.lifeboat.volumes.VolumeRecord;
import io.lifeboat.volumes.VolumeService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What Lifeboat makes of each case the demo account stages (see {@link DemoFleet}), read through the
 * features as a user meets them: the Volumes inventory, the snapshot catalogue and the backup plan,
 * on a Friday morning once the nightly run is done. Each test names a case of the story and asserts
 * the engine's reading of it, not the seed's numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStoryTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final ExecutorService io = Executors.newCachedThreadPool();
    private Connection connection;
    private List<VolumeRecord> volumes;
    private List<SnapshotRow> snapshots;
    private BackupPlan plan;

    @BeforeAll
    void loadTheDemoAccount() {
        connection = SandboxConnections.connect(SandboxAccount.withDemoFleet(SandboxClock.manual(NOW)), "eu-west-3", false);
        volumes = new VolumeService(connection.clients(), BackupConvention.DEFAULT, io)
                .load(SandboxAccount.REGIONS, TaskContext.NONE, new InventoryLoader.RegionListener() { }).records();
        snapshots = InventoryCache.of(connection.clients(), io).regions(SandboxAccount.REGIONS, InventoryLoader.ALL,
                TaskContext.NONE, new InventoryLoader.RegionListener() { }).regions().stream()
                .flatMap(region -> SnapshotCatalog.rows(region).stream()).toList();
        plan = new BackupService(connection.clients(), io).plan(SandboxAccount.REGIONS,
                BackupSettings.defaults(BackupConvention.DEFAULT), TaskContext.NONE);
    }

    @AfterAll
    void close() {
        connection.close();
        io.shutdownNow();
    }

    private VolumeRecord volume(String name) {
        return volumes.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    private List<VolumeRecord> volumesOf(String instanceName) {
        return volumes.stream().filter(v -> instanceName.equals(v.instanceName())).toList();
    }

    private List<SnapshotRow> snapshotsOf(String volumeName) {
        String id = volume(volumeName).volumeId();
        return snapshots.stream().filter(s -> id.equals(s.snapshot().volumeId())).toList();
    }

    private static LocalDate day(SnapshotRow row) {
        return LocalDate.ofInstant(row.startTime(), ZoneOffset.UTC);
    }

    @Test
    void aVolumeBackedUpEveryNightIsProtectedAndUpToDate() {
        VolumeRecord web = volume("prod-web-01-root");

        assertThat(web.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
        assertThat(web.policy().retentionSource()).isEqualTo(BackupPolicy.RetentionSource.INSTANCE_TAG);
        assertThat(web.policy().retentionDays()).isEqualTo(Integer.parseInt(web.instanceTags().get("Retention")));
        assertThat(web.status()).isEqualTo(BackupStatus.OK);
        assertThat(LocalDate.ofInstant(web.lastSnapshot(), ZoneOffset.UTC)).isEqualTo(TODAY);
        assertThat(plan.skips()).anySatisfy(s -> {
            assertThat(s.volumeId()).isEqualTo(web.volumeId());
            assertThat(s.reason()).isEqualTo(PlanSkip.Reason.ALREADY_SNAPSHOTTED_TODAY);
        });
    }

    @Test
    void retentionComesFromTheVolumeThenItsInstanceThenTheDefault() {
        VolumeRecord data = volume("prod-api-02-data");
        VolumeRecord root = volume("prod-api-02-root");
        VolumeRecord untagged = volume("stg-web-01-root");

        assertThat(data.policy().retentionSource()).isEqualTo(BackupPolicy.RetentionSource.VOLUME_TAG);
        assertThat(data.policy().retentionDays()).isEqualTo(Integer.parseInt(data.tags().get("Retention")))
                .isNotEqualTo(root.policy().retentionDays());
        assertThat(root.policy().retentionSource()).isEqualTo(BackupPolicy.RetentionSource.INSTANCE_TAG);
        assertThat(untagged.policy().retentionSource()).isEqualTo(BackupPolicy.RetentionSource.DEFAULT);
        assertThat(untagged.policy().retentionDays()).isEqualTo(BackupConvention.DEFAULT.defaultRetentionDays());
        // What the snapshots were told: each nightly snapshot is due its retention after the night it was taken.
        assertThat(snapshotsOf("prod-api-02-data")).filteredOn(s -> s.origin() != SnapshotOrigin.MANUAL).isNotEmpty()
                .allSatisfy(s -> assertThat(s.deleteOn()).isEqualTo(day(s).plusDays(data.policy().retentionDays()).toString()));
    }

    @Test
    void everyTypoInTheBackupTagsIsMisconfiguredWithWhatToFix() {
        for (String instance : List.of("prod-web-05", "prod-win-app-03", "prod-api-04", "stg-api-02", "stg-worker-01",
                "stg-win-app-01", "dev-win-build-01")) {
            assertThat(volumesOf(instance)).as(instance).isNotEmpty().allSatisfy(v -> {
                assertThat(v.status()).isEqualTo(BackupStatus.MISCONFIGURED);
                assertThat(v.policy().problems()).isNotEmpty();
            });
        }
        assertThat(volume("prod-web-05-root").policy().problems()).anySatisfy(p -> assertThat(p).contains("yes"));
        assertThat(volume("stg-win-app-01-root").policy().problems()).anySatisfy(p -> assertThat(p).contains("7d"));
        // The plan lists exactly these as misconfigured; those whose tags still ask for backups are
        // snapshotted anyway, flagged, rather than left without any.
        Set<String> misconfigured = volumes.stream().filter(v -> v.status() == BackupStatus.MISCONFIGURED)
                .map(VolumeRecord::volumeId).collect(Collectors.toSet());
        assertThat(plan.misconfigurations()).extracting(m -> m.volumeId()).containsExactlyInAnyOrderElementsOf(misconfigured);
        assertThat(plan.creates()).flatExtracting(c -> c.volumes()).allSatisfy(v -> {
            assertThat(v.misconfigured()).isEqualTo(misconfigured.contains(v.volumeId()));
            if (v.misconfigured()) {
                assertThat(volumes.stream().filter(r -> r.volumeId().equals(v.volumeId())).findFirst().orElseThrow()
                        .policy().backedUp()).isTrue();
            }
        });
    }

    @Test
    void optedOutVolumesAreToldApartFromVolumesNobodyCoveredYet() {
        assertThat(volume("prod-worker-01-scratch").status()).isEqualTo(BackupStatus.OPTED_OUT);
        assertThat(volume("prod-worker-01-root").status()).isEqualTo(BackupStatus.OK);
        assertThat(volumesOf("dev-api-01")).allSatisfy(v -> assertThat(v.status()).isEqualTo(BackupStatus.OPTED_OUT));
        for (String instance : List.of("prod-bastion-01", "prod-cache-01", "dev-web-01", "dev-sandbox-01")) {
            assertThat(volumesOf(instance)).as(instance).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.status()).isEqualTo(BackupStatus.NOT_COVERED));
        }
        // A detached volume tagged for backup is covered, and has never been backed up.
        assertThat(volume("prod-api-restore-test").status()).isEqualTo(BackupStatus.NEVER_BACKED_UP);
    }

    @Test
    void aStoppedJobIsOverdueAndAVolumeAttachedThisMorningWasNeverBackedUp() {
        assertThat(volumesOf("prod-monitoring-01")).isNotEmpty().allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(BackupStatus.OVERDUE);
            assertThat(v.lastSnapshot()).isBefore(NOW.minus(BackupConvention.DEFAULT.overdueAfter()));
        });
        VolumeRecord fresh = volume("prod-api-03-data");
        assertThat(fresh.status()).isEqualTo(BackupStatus.NEVER_BACKED_UP);
        // Both are what tonight's run, if run now, would snapshot.
        Set<String> planned = plan.creates().stream().flatMap(c -> c.volumes().stream()).map(v -> v.volumeId())
                .collect(Collectors.toSet());
        assertThat(planned).contains(fresh.volumeId())
                .containsAll(volumesOf("prod-monitoring-01").stream().map(VolumeRecord::volumeId).toList());
    }

    @Test
    void theNightsTheWholeJobFailedAreGapsInEveryLongHistory() {
        Set<LocalDate> nights = snapshotsOf("prod-web-01-root").stream()
                .filter(s -> s.origin() == SnapshotOrigin.SCRIPT || s.origin() == SnapshotOrigin.LIFEBOAT)
                .map(DemoStoryTest::day).collect(Collectors.toSet());

        assertThat(nights).contains(TODAY, TODAY.minusDays(8), TODAY.minusDays(11))
                .doesNotContain(TODAY.minusDays(9), TODAY.minusDays(10));
    }

    @Test
    void theCatalogueTellsWhoMadeEachSnapshot() {
        Instant lifeboatTookOver = NOW.minus(Duration.ofDays(3));
        assertThat(snapshots).filteredOn(s -> s.origin() == SnapshotOrigin.LIFEBOAT && !s.orphan()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.startTime()).isAfter(lifeboatTookOver));
        assertThat(snapshots).filteredOn(s -> s.origin() == SnapshotOrigin.SCRIPT && !s.orphan()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.startTime()).isBefore(lifeboatTookOver));
        assertThat(snapshotsOf("dev-db-01-data")).extracting(SnapshotRow::origin).contains(SnapshotOrigin.DLM);
        assertThat(snapshotsOf("analytics-01-root")).extracting(SnapshotRow::origin).contains(SnapshotOrigin.AWS_BACKUP);
        assertThat(snapshotsOf("prod-api-01-root")).filteredOn(s -> s.origin() == SnapshotOrigin.MANUAL).isNotEmpty()
                .allSatisfy(s -> assertThat(s.snapshot().tags()).isEmpty());
    }

    @Test
    void snapshotsWhoseVolumeIsGoneAreOrphansButTheDisasterRecoveryCopiesNameTheirSource() {
        Set<String> existing = volumes.stream().map(VolumeRecord::volumeId).collect(Collectors.toSet());

        assertThat(snapshots).filteredOn(SnapshotRow::orphan).isNotEmpty()
                .allSatisfy(s -> assertThat(existing).doesNotContain(s.snapshot().volumeId()));
        assertThat(snapshots).filteredOn(s -> !s.orphan() && s.copyOf() == null)
                .allSatisfy(s -> assertThat(existing).contains(s.snapshot().volumeId()));
        // A copy's volume id is an arbitrary one AWS says not to use: it is no orphan, it names its source.
        assertThat(snapshots).filteredOn(s -> s.snapshot().tags().containsKey("lifeboat:copy-of")).isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.region()).isEqualTo("us-east-1");
                    assertThat(s.orphan()).isFalse();
                    assertThat(s.copyOf()).isEqualTo(s.snapshot().tag("lifeboat:copy-of"));
                });
    }

    @Test
    void fridaysPlanCatchesUpTheFailedPrunerButKeepsTheGoldenImagesSnapshot() {
        // The pruner failed the last two nights: what is due is due since yesterday or today, nothing older.
        assertThat(plan.deletions()).extracting(d -> d.deleteOn()).isNotEmpty()
                .containsOnly(TODAY.minusDays(1), TODAY);
        PlanSkip pinned = plan.skips().stream().filter(s -> s.reason() == PlanSkip.Reason.IN_USE_BY_AMI).findFirst()
                .orElseThrow();
        assertThat(pinned.detail()).containsPattern("used by ami-[0-9a-f]+");
        assertThat(plan.deletions()).noneMatch(d -> d.snapshotId().equals(pinned.snapshotId()));
        assertThat(snapshots).filteredOn(s -> s.id().equals(pinned.snapshotId())).singleElement()
                .satisfies(s -> assertThat(s.snapshot().tags()).containsEntry(BackupTags.TYPE, BackupTags.AUTOMATED));
    }

    @Test
    void aSnapshotThatFailedIsShownAsSuchAndItsVolumeStaysUpToDate() {
        List<SnapshotRow> failed = snapshots.stream().filter(s -> s.snapshot().state().equals("error")).toList();

        assertThat(failed).singleElement().satisfies(s -> {
            VolumeRecord itsVolume = volumes.stream().filter(v -> v.volumeId().equals(s.snapshot().volumeId()))
                    .findFirst().orElseThrow();
            assertThat(itsVolume.status()).isEqualTo(BackupStatus.OK);
            assertThat(itsVolume.lastSnapshot()).isAfter(s.startTime());
        });
    }
}
