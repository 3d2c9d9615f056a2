package io.lifeboat.snapshots;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.ProblemException;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.VolumeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/** The actions on an empty sandbox account; waiting moves the sandbox's clock. */
class SnapshotActionsSandboxTest extends SnapshotActionsScenario {

    protected final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z"));
    protected final SandboxAccount account = SandboxAccount.empty(clock);

    @BeforeEach
    void start() {
        open();
    }

    @Override
    protected Connection connect(boolean readOnly) {
        return Connector.builder().sandbox(spec -> new SandboxServiceClients(account)).audit(audit).build()
                .connect(ConnectionSpec.sandbox(REGION, readOnly));
    }

    @Override
    protected Pacing pacing() {
        return new Pacing(clock::advance, Duration.ofSeconds(5));
    }

    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofMinutes(5));
    }

    /** Moto gap: RegisterImage ignores the snapshot it is given, so no AMI can hold one there. */
    @Test
    void sandboxOnlyDeleteRefusesSnapshotsAnAmiUsesNamingItDisabledAmisToo() {
        String golden = snapshot(Map.of());
        String old = snapshot(Map.of());
        String free = snapshot(Map.of());
        String image = register("golden", golden);
        String disabledImage = register("old", old);
        ec2().disableImage(r -> r.imageId(disabledImage));
        audit.startHere();

        DeletionCheck check = actions.checkDeletion(REGION, List.of(golden, old, free), TaskContext.NONE);
        ActionResult result = actions.delete(check, TaskContext.NONE);

        assertThat(check.inUse()).containsOnly(Map.entry(golden, image), Map.entry(old, disabledImage));
        assertThat(result.done()).containsExactly(free);
        assertThat(result.refused()).containsOnlyKeys(golden, old);
        assertThat(result.refused().get(golden)).contains(image);
        // Refused before anything was sent: one DeleteSnapshot, for the free one.
        assertThat(audit.operations()).containsExactly("DeleteSnapshot SUCCEEDED");
        assertThat(ec2().describeSnapshots(r -> r.ownerIds("self")).snapshots()).extracting(Snapshot::snapshotId)
                .containsExactlyInAnyOrder(golden, old);
    }

    private String register(String name, String snapshot) {
        return ec2().registerImage(r -> r.name(name).rootDeviceName("/dev/xvda").blockDeviceMappings(
                BlockDeviceMapping.builder().deviceName("/dev/xvda").ebs(e -> e.snapshotId(snapshot)).build())).imageId();
    }

    /** Moto gap: every snapshot is completed at once, nothing is ever pending. */
    @Test
    void sandboxOnlyASnapshotTakenNowIsPendingAndWatchedToCompletedOneCallPerRound() throws Exception {
        VolumeRecord volume = record(root);
        Ec2Snapshot made = actions.snapshotNow(SnapshotNow.of(volume, BackupSettings.defaults(BackupConvention.DEFAULT), 7,
                todayUtc()), TaskContext.NONE);
        assertThat(made.state()).isEqualTo("pending");
        assertThat(cached(made.id()).state()).isEqualTo("pending");
        List<List<Ec2Snapshot>> rounds = new ArrayList<>();
        long describesBefore = connection.calls().count("DescribeSnapshots");

        List<Ec2Snapshot> done = actions.watch(REGION, Set.of(made.id()), rounds::add, TaskContext.NONE);

        assertThat(done).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("completed"));
        assertThat(rounds).hasSizeGreaterThan(1);
        assertThat(rounds.get(0).get(0).state()).isEqualTo("pending");
        assertThat(rounds.get(0).get(0).progressPercent()).isBetween(1, 99);
        assertThat(connection.calls().count("DescribeSnapshots") - describesBefore).isEqualTo(rounds.size());
        assertThat(cached(made.id()).state()).isEqualTo("completed");
    }

    /** Moto gap: no limit on concurrent copies, and copies complete at once. */
    @Test
    void sandboxOnlyCopiesWaitTheirTurnTwentyAtATimePerDestinationAndReportTheirProgress() throws Exception {
        List<Ec2Snapshot> sources = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            snapshot(Map.of());
        }
        inventory.region(REGION, InventoryLoader.ALL, TaskContext.NONE);
        sources.addAll(inventory.cached(REGION).orElseThrow().snapshots());
        Map<String, CopyQueue.Progress> latest = new java.util.LinkedHashMap<>();
        List<Integer> copying = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        long describesBefore = connection.calls().count("DescribeSnapshots");

        List<CopyQueue.Progress> result = actions.copy(new CopyQueue.Request(REGION, sources, DR, "alias/dr-key", null,
                todayUtc()), p -> {
                    latest.put(p.sourceId(), p);
                    copying.add((int) latest.values().stream().filter(x -> x.state() == CopyQueue.State.COPYING).count());
                    if (p.state() == CopyQueue.State.COPYING) {
                        percents.add(p.percent());
                    }
                }, TaskContext.NONE);

        assertThat(result).hasSize(25).allSatisfy(p -> assertThat(p.state()).isEqualTo(CopyQueue.State.COMPLETED));
        assertThat(copying.stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(CopyQueue.CONCURRENT_PER_DESTINATION);
        assertThat(percents).anySatisfy(p -> assertThat(p).isBetween(1, 99));
        assertThat(audit.operations()).containsOnly("CopySnapshot SUCCEEDED").hasSize(25);
        // Progress is read for every copy under way in one paginated call a round, not a call per copy.
        long rounds = connection.calls().count("DescribeSnapshots") - describesBefore;
        assertThat(rounds).isLessThan(25);
        assertThat(connection.clients().ec2(DR).describeSnapshots(r -> r.ownerIds("self")).snapshots())
                .hasSize(25).allSatisfy(s -> assertThat(s.kmsKeyId()).isEqualTo("alias/dr-key"));
    }

    /** Moto gap: no limit on concurrent copies. */
    @Test
    void sandboxOnlyCopiesOthersStartedFillTheDestinationAndTheQueueWaitsForThem() throws Exception {
        String source = snapshot(Map.of());
        for (int i = 0; i < CopyQueue.CONCURRENT_PER_DESTINATION; i++) {
            connection.clients().ec2(DR).copySnapshot(r -> r.sourceRegion(REGION).sourceSnapshotId(source).destinationRegion(DR));
        }
        audit.startHere();
        inventory.region(REGION, InventoryLoader.ALL, TaskContext.NONE);

        List<CopyQueue.Progress> result = actions.copy(new CopyQueue.Request(REGION, List.of(cached(source)), DR, null, null,
                todayUtc()), p -> { }, TaskContext.NONE);

        assertThat(result).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo(CopyQueue.State.COMPLETED));
        assertThat(audit.entries()).extracting(e -> e.operation() + " " + e.outcome())
                .startsWith("CopySnapshot FAILED").endsWith("CopySnapshot SUCCEEDED");
    }

    @Test
    void aRestoreOfAPendingSnapshotOrSmallerThanItIsRefusedBeforeAnythingIsSent() {
        String pending = fleet.snapshot(root, Map.of());
        audit.startHere();

        assertThatThrownBy(() -> actions.restore(new RestoreRequest(REGION, pending, REGION + "a", "gp3", null, null, null,
                Map.of(), null, null), TaskContext.NONE)).isInstanceOf(ProblemException.class).hasMessageContaining("pending");
        letTimePass();
        assertThat(actions.checkRestore(new RestoreRequest(REGION, pending, REGION + "b", "gp3", 1, null, null, Map.of(),
                web1, null), TaskContext.NONE)).anySatisfy(p -> assertThat(p).contains("at least as large as the snapshot"))
                .anySatisfy(p -> assertThat(p).contains("in " + REGION + "a"));
        assertThat(audit.entries()).isEmpty();
    }
}
