package io.lifeboat.ui.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.snapshots.FleetRow;
import io.lifeboat.snapshots.Pacing;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.SlotStatus;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.snapshots.TimelineMark;
import io.lifeboat.snapshots.VolumeTimeline;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.tasks.TaskHandle;
import io.lifeboat.tasks.TaskListener;
import io.lifeboat.tasks.TaskState;
import io.lifeboat.ui.RecordingDialogs;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.volumes.VolumesViewModel;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.TagEdit;
import io.lifeboat.volumes.TagTarget;
import io.lifeboat.volumes.VolumeRecord;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The Snapshots view model on the same-thread runner over the demo sandbox on a Friday morning: the job
 * failed 9 and 10 days ago, a golden AMI holds one snapshot of prod-web-01, three orphans. Every action goes
 * through the tasks, the guards and the confirmations; the views' memory follows without a listing.
 */
class SnapshotsViewModelTest {

    private static final String REGION = "eu-west-3";
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");

    @TempDir
    Path home;

    private final SandboxClock clock = SandboxClock.manual(NOW);
    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AnsweringForms forms = new AnsweringForms();
    private final List<String> notes = new ArrayList<>();
    private volatile boolean volumeListingsFail;
    private Lifeboat core;
    private Session session;
    private SnapshotsViewModel model;

    @BeforeEach
    void open() {
        SandboxAccount account = SandboxAccount.withDemoFleet(clock);
        core = Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE,
                spec -> failingVolumeListings(new SandboxServiceClients(account)));
        core.pacing(new Pacing(clock::advance, Duration.ofSeconds(5)));
        session = core.connect(ConnectionSpec.sandbox(REGION, false));
        model = new SnapshotsViewModel(tasks, new RegionSelection(Destinations.SNAPSHOTS, RegionSelection.Mode.ONE, tasks,
                core.settings()), dialogs, forms, notes::add, () -> BackupSettings.defaults(BackupConvention.DEFAULT),
                () -> ZoneOffset.UTC, core.tagHistory());
        model.sessionChanged(session);
    }

    @AfterEach
    void close() {
        core.close();
    }

    /** The account's clients, whose volume listings fail while {@link #volumeListingsFail} is set. */
    private ServiceClients failingVolumeListings(ServiceClients clients) {
        return (ServiceClients) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServiceClients.class},
                (proxy, method, args) -> {
                    Object answer = invoke(method, clients, args);
                    if (!method.getName().equals("ec2")) {
                        return answer;
                    }
                    Ec2Client ec2 = (Ec2Client) answer;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Ec2Client.class},
                            (p, call, callArgs) -> {
                                if (volumeListingsFail && call.getName().startsWith("describeVolumes")) {
                                    throw SdkClientException.create("Unable to execute HTTP request: Connection reset");
                                }
                                return invoke(call, ec2, callArgs);
                            });
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void aRefreshThatFailsSaysSoInsteadOfShowingWhatWasInMemoryAsNew() {
        model.load();
        RegionSnapshots before = model.dataProperty().get();
        List<TaskHandle<?>> finished = new ArrayList<>();
        tasks.addListener((task, change) -> {
            if (change == TaskListener.Change.FINISHED) {
                finished.add(task);
            }
        });

        volumeListingsFail = true;
        model.refresh();

        assertThat(finished).hasSize(1);
        assertThat(finished.get(0).state()).isEqualTo(TaskState.FAILED);
        assertThat(finished.get(0).problem().message()).contains("Connection reset");
        assertThat(model.dataProperty().get()).isSameAs(before);
    }

    private VolumeRecord volume(String name) {
        return model.dataProperty().get().volumes().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aVolumesTimelineShowsTheNightsTheJobFailedAsMissedAndItsInstancesVolumesOnRequest() {
        VolumeRecord root = volume("prod-web-01-root");

        model.openTimeline(REGION, root.volumeId());

        VolumeTimeline lane = model.timeline().lanes().get(0);
        assertThat(lane.missed()).containsExactly(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-11"));
        assertThat(lane.retentionDays()).isEqualTo(14);
        // The golden AMI built from this volume holds one of its snapshots.
        assertThat(lane.marks()).filteredOn(m -> m.imageId() != null).singleElement()
                .satisfies(m -> assertThat(m.imageId()).startsWith("ami-"));
        assertThat(model.timeline().titleProperty().get()).contains("prod-web-01-root", "prod-web-01 (");

        model.timeline().wholeInstanceProperty().set(true);

        assertThat(model.timeline().lanes()).extracting(VolumeTimeline::label)
                .containsExactly("prod-web-01-root", "prod-web-01-uploads");
        assertThat(model.timeline().titleProperty().get()).startsWith("All 2 volumes of prod-web-01");
    }

    @Test
    void zoomKeepsTheCenterAndPanMovesByAFractionOfWhatIsShown() {
        model.openTimeline(REGION, volume("prod-web-01-root").volumeId());
        TimelineViewModel timeline = model.timeline();
        Instant center = timeline.visibleStart().plus(TimelineViewModel.Zoom.MONTH.span().dividedBy(2));

        timeline.zoom(TimelineViewModel.Zoom.WEEK);
        assertThat(timeline.visibleStart().plus(Duration.ofDays(7).dividedBy(2))).isEqualTo(center);
        Instant end = timeline.visibleEnd();
        timeline.pan(-0.5);
        assertThat(timeline.visibleEnd()).isEqualTo(end.minus(Duration.ofHours(84)));
        timeline.today();
        assertThat(timeline.visibleEnd()).isAfter(NOW).isBefore(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void theFleetIsWorstFirstFilteredLikeVolumesAndListsTheOrphans() {
        FleetViewModel fleet = model.fleet();

        List<FleetRow> rows = List.copyOf(fleet.rows());
        assertThat(rows).hasSize(model.dataProperty().get().volumes().size());
        assertThat(rows.get(0).missed()).isGreaterThanOrEqualTo(rows.get(rows.size() - 1).missed());
        assertThat(rows).isSortedAccordingTo(FleetRow.WORST_FIRST);
        assertThat(rows).filteredOn(r -> r.volume().name().equals("prod-web-01-root")).singleElement()
                .satisfies(r -> assertThat(r.missed()).isEqualTo(2));
        assertThat(fleet.orphans()).hasSize(3).allSatisfy(o -> assertThat(o.orphan()).isTrue());

        fleet.filters().textProperty().set("prod-web-01");
        fleet.daysProperty().set(90);

        assertThat(fleet.rows()).extracting(r -> r.volume().name()).containsExactlyInAnyOrder("prod-web-01-root",
                "prod-web-01-uploads");
        assertThat(fleet.rows().get(0).days()).hasSize(90);
        assertThat(fleet.summaryProperty().get()).startsWith("2 of 2 volumes missed backups in the last 90 days");
    }

    @Test
    void snapshotNowIsTakenPendingFollowedToCompletedAndShownWithoutAListing() {
        VolumeRecord root = volume("prod-web-01-root");
        model.openTimeline(REGION, root.volumeId());
        forms.onSnapshotNow = form -> form.daysProperty().set(30);
        java.util.Map<String, Long> before = session.connection().calls().snapshot();

        model.actions().snapshotNow(root);

        assertThat(forms.asked).containsExactly("snapshot now: " + root.volumeId());
        ProgressRow row = model.actions().underWay().get(0);
        assertThat(row.state()).isEqualTo("completed");
        assertThat(row.percent()).isEqualTo(100);
        TimelineMark made = model.timeline().lanes().get(0).marks().stream().filter(m -> m.id().equals(row.resource()))
                .findFirst().orElseThrow();
        assertThat(made.snapshot().completed()).isTrue();
        assertThat(made.keepUntil()).isEqualTo(LocalDate.parse("2026-12-20"));
        assertThat(made.snapshot().tags()).containsEntry("lifeboat:policy", "default");
        assertThat(core.recentAudit(5)).extracting(AuditRecord::operation).contains("CreateSnapshot");
        // The new snapshot came into memory from the create's answer and the follow's reads by id: nothing relisted.
        java.util.Map<String, Long> after = session.connection().calls().snapshot();
        assertThat(after.get("ec2:DescribeInstances")).isEqualTo(before.get("ec2:DescribeInstances"));
        assertThat(after.get("ec2:DescribeVolumes")).isEqualTo(before.get("ec2:DescribeVolumes"));
        assertThat(after.get("ec2:DescribeImages")).isEqualTo(before.get("ec2:DescribeImages"));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("Snapshot " + made.id() + " started"));
    }

    @Test
    void deletionStatesCountAndSizeAndRefusesTheSnapshotTheGoldenImageUses() {
        VolumeRecord root = volume("prod-web-01-root");
        List<Ec2Snapshot> snapshots = model.dataProperty().get().snapshotsOf(root.volumeId());
        Ec2Snapshot golden = snapshots.stream().filter(s -> model.dataProperty().get().imageUsing(s.id()) != null)
                .findFirst().orElseThrow();
        Ec2Snapshot other = snapshots.stream().filter(s -> s != golden).findFirst().orElseThrow();
        dialogs.answer = true;

        model.actions().delete(List.of(golden, other));

        assertThat(dialogs.asked).containsExactly("confirm: Delete 1 snapshot? [Delete 1]");
        assertThat(model.rows()).extracting(SnapshotRow::id).contains(golden.id()).doesNotContain(other.id());
        assertThat(core.recentAudit(5)).filteredOn(r -> r.operation().equals("DeleteSnapshot")).singleElement()
                .satisfies(r -> assertThat(r.resourceIds()).containsExactly(other.id()));
    }

    @Test
    void declinedNothingHappensAndKeepAsksFirst() {
        VolumeRecord root = volume("prod-web-01-root");
        Ec2Snapshot first = model.dataProperty().get().snapshotsOf(root.volumeId()).stream()
                .filter(s -> model.dataProperty().get().imageUsing(s.id()) == null).findFirst().orElseThrow();
        forms.onRetention = form -> form.keepProperty().set(true);
        dialogs.answer = false;

        model.actions().changeRetention(List.of(first));
        model.actions().delete(List.of(first));
        forms.answer = false;
        model.actions().snapshotNow(root);

        assertThat(dialogs.asked).containsExactly("confirm: Keep 1 snapshot indefinitely? [Keep indefinitely]",
                "confirm: Delete 1 snapshot? [Delete 1]");
        assertThat(core.recentAudit(5)).isEmpty();

        dialogs.answer = true;
        forms.answer = true;
        model.actions().changeRetention(List.of(first));

        assertThat(model.rows()).filteredOn(r -> r.id().equals(first.id())).singleElement()
                .satisfies(r -> assertThat(r.deleteOn()).isNull());
    }

    @Test
    void readOnlyModeRefusesTheActionsBelowTheView() {
        VolumeRecord root = volume("prod-web-01-root");
        session.connection().setReadOnly(true);
        int before = model.rows().size();

        model.actions().snapshotNow(root);

        assertThat(model.rows()).hasSize(before);
        assertThat(core.recentAudit(1)).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo("CreateSnapshot");
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.REFUSED);
        });
    }

    @Test
    void aCopyIsFollowedToCompletedInTheDestinationAndARestoreIsAttached() {
        VolumeRecord root = volume("prod-web-01-root");
        Ec2Snapshot source = model.dataProperty().get().snapshotsOf(root.volumeId()).stream().filter(Ec2Snapshot::completed)
                .findFirst().orElseThrow();
        session.enabledRegions();
        forms.onCopy = form -> form.destinationProperty().set("us-west-2");
        forms.onRestore = form -> {
            form.sizeProperty().set(source.volumeSizeGiB() + 10);
            form.attachProperty().set(true);
        };

        model.actions().copy(List.of(source));
        model.actions().restore(source);

        assertThat(model.actions().underWay()).filteredOn(r -> r.key().equals(source.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo("completed");
                    assertThat(r.resource()).startsWith("snap-");
                });
        assertThat(notes).anySatisfy(n -> assertThat(n).isEqualTo("1 copies completed in us-west-2"))
                .anySatisfy(n -> assertThat(n).contains("made from " + source.id() + ", attached to " + root.instanceId()));
        assertThat(forms.asked).anySatisfy(a -> assertThat(a).startsWith("copy: 1 snapshot from eu-west-3"));
    }

    @Test
    void anOptOutMadeInVolumesIsRecordedAndTheTimelineExpectsNothingAfterIt() {
        VolumeRecord root = volume("prod-web-01-root");
        VolumesViewModel volumes = new VolumesViewModel(tasks, new RegionSelection(Destinations.VOLUMES,
                RegionSelection.Mode.SEVERAL, tasks, core.settings()), dialogs, notes::add, core.tagHistory());
        volumes.sessionChanged(session);
        clock.advance(Duration.ofDays(3));
        // Opted out on Monday 23rd at 10:15: the nights after expect nothing, though no snapshot was taken.
        volumes.applyEdit(session.volumes().planTagEdit(List.of(root), TagTarget.VOLUMES, TagEdit.setting("Backup", "No")));
        clock.advance(Duration.ofDays(2));

        model.refresh();
        model.openTimeline(REGION, root.volumeId());

        VolumeTimeline lane = model.timeline().lanes().get(0);
        assertThat(lane.protection().assumed()).isTrue();
        assertThat(lane.protection().basis()).startsWith("From Lifeboat's record of the tag edits it made since 2026-11-23");
        assertThat(lane.protection().periods()).singleElement().satisfies(p -> {
            assertThat(p.to()).isEqualTo(NOW.plus(Duration.ofDays(3)));
            assertThat(p.retentionDays()).isEqualTo(14);
        });
        assertThat(lane.day(LocalDate.parse("2026-11-25")).status()).isEqualTo(SlotStatus.NOT_PROTECTED);
        assertThat(lane.day(LocalDate.parse("2026-11-24")).status()).isEqualTo(SlotStatus.NOT_PROTECTED);
        // Opted out at 10:15, before the window of that night's backup closed: not judged.
        assertThat(lane.day(LocalDate.parse("2026-11-23")).status()).isEqualTo(SlotStatus.NO_SNAPSHOT);
        assertThat(lane.day(LocalDate.parse("2026-11-22")).status()).isEqualTo(SlotStatus.MISSED);
        assertThat(lane.day(LocalDate.parse("2026-11-21")).status()).isEqualTo(SlotStatus.MISSED);
        // Fifteen days on, the failed night of the 10th is older than the 14 days kept: no longer judged.
        assertThat(lane.day(LocalDate.parse("2026-11-10")).status()).isEqualTo(SlotStatus.BEYOND_RETENTION);
        assertThat(lane.retentionHorizon()).isNull();
    }
}
