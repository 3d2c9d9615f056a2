package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.guard.CallInterceptor;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.Fleet;
import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * The backup engine's scenarios, run unchanged on the sandbox and on Moto. The fixture is built through
 * the EC2 API; page sizes are the APIs' minimum (5), so twelve instances span three pages of
 * DescribeInstances. What one backend cannot show is pinned in its own subclass.
 */
abstract class BackupScenarioTest {

    static final String REGION = "eu-west-3";
    static final InventoryLoader.PageSizes SMALL_PAGES = new InventoryLoader.PageSizes(5, 5, 5, 5);
    static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    protected final RequestLog requests = new RequestLog();
    protected final Faults faults = new Faults();
    private final ExecutorService io = Executors.newCachedThreadPool();
    protected Connection connection;
    protected BackupService service;
    protected Fleet fleet;
    protected Ids ids;

    /** A fresh, empty account, its clients guarded by {@code interceptors} too. */
    protected abstract Connection connect(CallInterceptor... interceptors);

    /** Lets simulated time pass so volumes become available and snapshots complete (no-op on Moto). */
    protected abstract void letTimePass();

    /** Makes the next snapshot start later than the last one (Moto's start times have a one-second grain). */
    protected abstract void nextStartTime();

    record Ids(String web1, String web1Root, String web1Data, String db1, String db1Root, String db1Scratch,
               String db1Data, String api1Root, String loose, String looseProtected, String due, String notDue,
               String manual, int instances, int volumes) {

        List<String> covered() {
            return List.of(web1Root, web1Data, db1Root, db1Data, api1Root, looseProtected);
        }
    }

    @BeforeEach
    void buildFixture() {
        connection = connect(requests, faults);
        service = new BackupService(connection.clients(), io, SMALL_PAGES,
                new Backoff(8, Duration.ofMillis(1), Duration.ofMillis(5), d -> { }, () -> 0.5));
        fleet = new Fleet(ec2(), REGION);
        String web1 = fleet.instance(tags("Name", "web-1", "Backup", "Yes", "Retention", "14", "CostCenter", "cc-42"))
                .instanceId();
        String db1 = fleet.instance(tags("Name", "db-1", "Backup", "Yes")).instanceId();
        String api1 = fleet.instance(tags("Name", "api-1", "Backup", "Yes", "Retention", "abc")).instanceId();
        for (int i = 1; i <= 9; i++) {
            fleet.instance(tags("Name", "quiet-" + i, "Env", "dev"));
        }
        String web1Data = fleet.volume(20, Map.of());
        String scratch = fleet.volume(30, tags("Name", "db-1-scratch", "Backup", "No"));
        String db1Data = fleet.volume(40, Map.of());
        String loose = fleet.volume(5, Map.of());
        String looseProtected = fleet.volume(6, tags("Name", "exports", "Backup", "Yes"));
        letTimePass();
        // Fleet.rootVolume takes the instance's lowest device name: read the roots before /dev/sdf is attached.
        String web1Root = fleet.rootVolume(web1);
        String db1Root = fleet.rootVolume(db1);
        fleet.attach(web1Data, web1, "/dev/sdf");
        fleet.attach(scratch, db1, "/dev/sdf");
        fleet.attach(db1Data, db1, "/dev/sdg");
        String yesterday = today().minusDays(1).toString();
        String due = fleet.snapshot(loose, tags("Type", "Automated", "DeleteOn", yesterday));
        String notDue = fleet.snapshot(loose, tags("Type", "Automated", "DeleteOn", today().plusDays(1).toString()));
        String manual = fleet.snapshot(loose, tags("DeleteOn", yesterday));
        letTimePass();
        ids = new Ids(web1, web1Root, web1Data, db1, db1Root, scratch, db1Data,
                fleet.rootVolume(api1), loose, looseProtected, due, notDue, manual, 12, 12 + 5);
        connection.calls().reset();
        requests.clear();
    }

    @AfterEach
    void close() {
        connection.close();
        io.shutdownNow();
    }

    protected Ec2Client ec2() {
        return connection.clients().ec2(REGION);
    }

    protected LocalDate today() {
        return LocalDate.ofInstant(connection.clients().clock().instant(), ZoneOffset.UTC);
    }

    protected BackupPlan plan() {
        return service.plan(List.of(REGION), SETTINGS, TaskContext.NONE);
    }

    protected BackupReport runAll(BackupPlan plan) {
        return service.run(plan, RunScope.CREATE_AND_PRUNE, DeletionApproval.of(plan), TaskContext.NONE);
    }

    protected List<Snapshot> snapshots() {
        List<Snapshot> all = new ArrayList<>();
        ec2().describeSnapshotsPaginator(r -> r.ownerIds("self")).forEach(p -> all.addAll(p.snapshots()));
        return all;
    }

    /** Automated snapshots started today, counted per volume. */
    protected Map<String, Long> todaysAutomatedPerVolume() {
        return snapshots().stream()
                .filter(s -> s.tags().stream().anyMatch(t -> t.key().equals("Type") && t.value().equals("Automated")))
                .filter(s -> LocalDate.ofInstant(s.startTime(), ZoneOffset.UTC).equals(today()))
                .collect(Collectors.groupingBy(Snapshot::volumeId, Collectors.counting()));
    }

    private static Map<String, String> tagsOf(Snapshot snapshot) {
        return snapshot.tags().stream().collect(Collectors.toMap(t -> t.key(), t -> t.value()));
    }

    @Test
    void createsEveryCoveredVolumeWithItsTagsAtCreation() {
        BackupReport report = runAll(plan());

        assertThat(report.volumes()).filteredOn(v -> ids.covered().contains(v.volumeId())).hasSize(6)
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED));
        Map<String, Snapshot> byVolume = snapshots().stream().filter(s -> tagsOf(s).containsKey("lifeboat:policy"))
                .collect(Collectors.toMap(Snapshot::volumeId, s -> s, (a, b) -> a));
        Snapshot web1Root = byVolume.get(ids.web1Root());
        assertThat(tagsOf(web1Root)).containsEntry("DeleteOn", today().plusDays(14).toString())
                .containsEntry("Type", "Automated").containsEntry("Name", "web-1")
                .containsEntry("lifeboat:policy", "default").containsEntry("CostCenter", "cc-42");
        assertThat(web1Root.description()).isEqualTo("web-1 - " + ids.web1() + " (2 volumes: "
                + web1Root.description().substring(web1Root.description().indexOf(": ") + 2));
        assertThat(tagsOf(byVolume.get(ids.api1Root()))).containsEntry("DeleteOn", today().plusDays(7).toString());
        assertThat(byVolume.get(ids.looseProtected()).description())
                .isEqualTo("exports - " + ids.looseProtected() + " (unattached)");
        assertThat(report.counts().deleted()).isEqualTo(1);
    }

    @Test
    void aMultiVolumeSetIsOneCreateSnapshotsCallExcludingTheOptedOutDataVolumeById() {
        BackupPlan plan = plan();
        BackupReport report = runAll(plan);

        CreateSnapshotsRequest db1 = requests.requests(CreateSnapshotsRequest.class).stream()
                .filter(r -> r.instanceSpecification().instanceId().equals(ids.db1())).findFirst().orElseThrow();
        assertThat(db1.instanceSpecification().excludeDataVolumeIds()).containsExactly(ids.db1Scratch());
        assertThat(db1.instanceSpecification().excludeBootVolume()).isFalse();
        assertThat(db1.tagSpecifications()).singleElement().satisfies(t -> assertThat(t.resourceTypeAsString()).isEqualTo("snapshot"));
        assertThat(report.volumes()).filteredOn(v -> v.volumeId().equals(ids.db1Root()) || v.volumeId().equals(ids.db1Data()))
                .hasSize(2).allSatisfy(v -> assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED));
        assertThat(plan.skips()).filteredOn(s -> s.volumeId().equals(ids.db1Scratch())).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo(PlanSkip.Reason.OPTED_OUT));
    }

    @Test
    void pruneDeletesOnlyDueAutomatedSnapshots() {
        BackupPlan plan = plan();

        assertThat(plan.deletions()).extracting(SnapshotDeletion::snapshotId).containsExactly(ids.due());
        BackupReport report = service.run(plan, RunScope.PRUNE_ONLY, DeletionApproval.of(plan), TaskContext.NONE);

        assertThat(report.deletions()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeletionOutcome.Status.DELETED));
        assertThat(snapshots()).extracting(Snapshot::snapshotId).doesNotContain(ids.due())
                .contains(ids.notDue(), ids.manual());
        assertThat(connection.calls().count("CreateSnapshot") + connection.calls().count("CreateSnapshots")).isZero();
    }

    @Test
    void aReRunTheSameDayCreatesNothingNew() {
        runAll(plan());
        BackupPlan again = plan();
        connection.calls().reset();

        BackupReport second = runAll(again);

        assertThat(again.creates()).isEmpty();
        assertThat(second.counts().alreadyDone()).isEqualTo(6);
        assertThat(connection.calls().count("CreateSnapshot") + connection.calls().count("CreateSnapshots")).isZero();
        assertThat(todaysAutomatedPerVolume()).containsAllEntriesOf(
                ids.covered().stream().collect(Collectors.toMap(v -> v, v -> 1L)));
    }

    /** The source asked DescribeVolumes once per attached volume. */
    @Test
    void noDescribeVolumesPerVolume() {
        BackupPlan plan = plan();
        runAll(plan);

        long pages = (ids.volumes() + 4) / 5;
        assertThat(connection.calls().count("DescribeVolumes")).isBetween(1L, pages);
        assertThat(plan.totals().volumes() + plan.skips().stream().filter(s -> !s.reason().aboutDeletion()).count())
                .isEqualTo(ids.volumes());
    }

    /** The source tagged its snapshots afterwards, with CreateTags. */
    @Test
    void noCreateTagsAfterCreation() {
        BackupReport report = runAll(plan());

        assertThat(connection.calls().count("CreateTags")).isZero();
        Set<String> made = report.volumes().stream().map(VolumeOutcome::snapshotId).collect(Collectors.toSet());
        assertThat(snapshots()).filteredOn(s -> made.contains(s.snapshotId())).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(s -> assertThat(tagsOf(s)).containsKeys("DeleteOn", "Type", "lifeboat:policy"));
    }

    /** The source read only the first page of DescribeInstances. */
    @Test
    void describeInstancesIsPaginated() {
        BackupPlan plan = plan();

        assertThat(connection.calls().count("DescribeInstances")).isGreaterThanOrEqualTo(3);
        Set<String> seen = new java.util.HashSet<>();
        plan.creates().forEach(c -> seen.add(c.instanceId()));
        plan.skips().forEach(s -> seen.add(s.instanceId()));
        seen.remove(null);
        assertThat(seen).hasSize(ids.instances());
    }

    /**
     * api-1's root volume has had no new snapshot for a week (its creates are denied, by IAM or an SCP)
     * and both its automated snapshots are due: the newest is kept, the older one goes, the plan says why.
     */
    @Test
    void theNewestAutomatedSnapshotOfAVolumeWhoseCreateFailsIsKept() {
        String yesterday = today().minusDays(1).toString();
        String older = fleet.snapshot(ids.api1Root(), tags("Type", "Automated", "DeleteOn", yesterday));
        nextStartTime();
        String newest = fleet.snapshot(ids.api1Root(), tags("Type", "Automated", "DeleteOn", yesterday));
        letTimePass();
        faults.denyCreates(ids.api1Root(), () -> Faults.error(403, "UnauthorizedOperation",
                "You are not authorized to perform this operation."));
        // Planned as the next night would (neither backend can backdate a snapshot).
        BackupPlan plan = BackupPlanner.plan(List.of(new InventoryLoader(connection.clients(), connection.clients().clock(),
                io).load(REGION, InventoryLoader.ALL, TaskContext.NONE)), SETTINGS,
                connection.clients().clock().instant().plus(Duration.ofHours(21)));

        BackupReport report = runAll(plan);

        assertThat(plan.deletions()).extracting(SnapshotDeletion::snapshotId).contains(older).doesNotContain(newest);
        assertThat(plan.skips()).filteredOn(s -> newest.equals(s.snapshotId())).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo(PlanSkip.Reason.LAST_OF_VOLUME));
        assertThat(report.volumes()).filteredOn(v -> v.volumeId().equals(ids.api1Root())).singleElement()
                .satisfies(v -> assertThat(v.problem().code()).isEqualTo("UnauthorizedOperation"));
        assertThat(snapshots()).extracting(Snapshot::snapshotId).contains(newest).doesNotContain(older);
    }

    /**
     * Faults injected after planning: a third of the run's EC2 calls throttled before they run, a fifth
     * of its creates and deletions answered with a 500 after they ran. Every covered volume still ends
     * with exactly one snapshot today.
     */
    @Test
    void aRunThroughThrottlingAndLostAnswersSnapshotsEveryCoveredVolumeExactlyOnce() {
        List<String> covered = new ArrayList<>(ids.covered());
        for (int i = 1; i <= 8; i++) {
            String app = fleet.instance(tags("Name", "app-" + i, "Backup", "Yes")).instanceId();
            covered.add(fleet.rootVolume(app));
            if (i % 2 == 0) {
                String data = fleet.volume(8, Map.of());
                letTimePass();
                fleet.attach(data, app, "/dev/sdf");
                covered.add(data);
            }
        }
        letTimePass();
        BackupPlan plan = plan();
        faults.randomly(42, 0.33, 0.25, Set.of("CreateSnapshot", "CreateSnapshots", "DeleteSnapshot", "DescribeSnapshots"));

        BackupReport report = runAll(plan);

        faults.randomly(0, 0, 0, Set.of());
        assertThat(faults.throttled.get()).isPositive();
        assertThat(faults.lost.get()).isPositive();
        assertThat(report.outcome()).isEqualTo(BackupReport.Outcome.DONE);
        assertThat(report.volumes()).filteredOn(v -> covered.contains(v.volumeId())).hasSize(covered.size())
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED));
        Map<String, Long> perVolume = todaysAutomatedPerVolume();
        covered.forEach(v -> assertThat(perVolume.get(v)).as("today's snapshots of " + v).isEqualTo(1L));
        assertThat(snapshots()).extracting(Snapshot::snapshotId).doesNotContain(ids.due());
    }
}
