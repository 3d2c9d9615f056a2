package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/**
 * What real EC2 does and Moto does not: the pending-snapshot limit per volume (one for st1/sc1), a first
 * snapshot of a large volume still pending the next night, and disabled AMIs, which DescribeImages hides
 * unless asked and which still hold their snapshots. On the sandbox, whose EC2 models all three.
 */
class Ec2LimitsSandboxTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    private final SandboxFleet sandbox = new SandboxFleet();
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final BackupService service = new BackupService(sandbox.connection.clients(), io,
            InventoryLoader.PageSizes.LARGEST, new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(2), d -> { }, () -> 0.5));

    @AfterEach
    void close() {
        sandbox.connection.close();
        io.shutdownNow();
    }

    private BackupPlan plan() {
        return service.plan(List.of(SandboxFleet.REGION), SETTINGS, TaskContext.NONE);
    }

    private BackupReport run(BackupPlan plan) {
        return service.run(plan, RunScope.CREATE_AND_PRUNE, DeletionApproval.of(plan), TaskContext.NONE);
    }

    /** An instance with a gp3 root and a 12.5 TiB st1 volume, whose first snapshot takes about 35 hours. */
    private String[] logServer() {
        String instance = sandbox.instance("logs-1", 0, tags("Backup", "Yes"));
        String cold = sandbox.fleet.volume(12_500, VolumeType.ST1, Map.of());
        sandbox.letTimePass();
        sandbox.fleet.attach(cold, instance, "/dev/xvdf");
        sandbox.letTimePass();
        return new String[]{instance, sandbox.fleet.rootVolume(instance), cold};
    }

    @Test
    void aFirstSnapshotStillPendingTheNextNightLeavesItsVolumeOutAndTheRestOfTheSetIsTaken() {
        String[] logs = logServer();
        BackupReport first = run(plan());
        assertThat(first.counts().created()).isEqualTo(2);

        sandbox.clock.advance(Duration.ofHours(24));
        BackupPlan next = plan();
        BackupReport second = run(next);

        assertThat(next.skips()).filteredOn(s -> s.volumeId().equals(logs[2])).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(PlanSkip.Reason.PREVIOUS_SNAPSHOT_PENDING);
            assertThat(s.detail()).contains("from 24 h ago is still pending").contains("per st1 volume");
        });
        assertThat(second.volumes()).singleElement().satisfies(v -> {
            assertThat(v.volumeId()).isEqualTo(logs[1]);
            assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED);
        });
        assertThat(second.outcome()).isEqualTo(BackupReport.Outcome.DONE);
    }

    /** A snapshot started by hand between plan and run: EC2 refuses the whole set, the engine takes each volume alone. */
    @Test
    void aSetRefusedForThePendingLimitIsTakenVolumeByVolumeAndOnlyTheVolumeAtTheLimitFails() {
        String[] logs = logServer();
        BackupPlan plan = plan();
        assertThat(plan.creates()).singleElement().satisfies(c -> assertThat(c.multiVolume()).isTrue());
        sandbox.fleet.snapshot(logs[2], Map.of("Name", "before resize"));

        BackupReport report = run(plan);

        assertThat(report.volumes()).filteredOn(v -> v.volumeId().equals(logs[1])).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED);
            assertThat(v.detail()).startsWith("Taken on its own, not with its instance's set: EC2 refused the set "
                    + "(ConcurrentSnapshotLimitExceeded)");
        });
        assertThat(report.volumes()).filteredOn(v -> v.volumeId().equals(logs[2])).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VolumeOutcome.Status.FAILED);
            assertThat(v.problem().code()).isEqualTo("ConcurrentSnapshotLimitExceeded");
            assertThat(v.problem().fix()).contains("once it completes");
        });
    }

    @Test
    void theSnapshotsOfADisabledAmiAreNeverDeleted() {
        String volume = sandbox.fleet.volume(8, Map.of());
        sandbox.letTimePass();
        String yesterday = LocalDate.ofInstant(sandbox.clock.instant(), ZoneOffset.UTC).minusDays(1).toString();
        String golden = sandbox.fleet.snapshot(volume, tags("Type", "Automated", "DeleteOn", yesterday));
        String plain = sandbox.fleet.snapshot(volume, tags("Type", "Automated", "DeleteOn", yesterday));
        sandbox.clock.advance(Duration.ofMinutes(10));
        var ec2 = sandbox.connection.clients().ec2(SandboxFleet.REGION);
        String ami = ec2.registerImage(r -> r.name("golden-2026-10").rootDeviceName("/dev/xvda")
                .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/xvda")
                        .ebs(EbsBlockDevice.builder().snapshotId(golden).build()).build())).imageId();
        ec2.disableImage(r -> r.imageId(ami));
        // What the engine would have seen without IncludeDisabled: no AMI at all.
        assertThat(ec2.describeImages(r -> r.owners("self")).images()).isEmpty();

        BackupPlan plan = plan();
        BackupReport report = run(plan);

        assertThat(plan.deletions()).extracting(SnapshotDeletion::snapshotId).containsExactly(plain);
        assertThat(plan.skips()).filteredOn(s -> s.reason() == PlanSkip.Reason.IN_USE_BY_AMI).singleElement()
                .satisfies(s -> assertThat(s.detail()).contains(ami + " (golden-2026-10)"));
        assertThat(report.counts().deleted()).isEqualTo(1);
        assertThat(ec2.describeSnapshots(r -> r.ownerIds("self")).snapshots()).extracting(s -> s.snapshotId())
                .contains(golden).doesNotContain(plain);
    }
}
