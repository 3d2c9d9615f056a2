package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.ClientTuning;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.testing.MotoFront;
import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * A nightly run against EC2's rate limits, on Moto behind the test harness's throttling front: a token
 * bucket for mutating calls the run is never told about, and latency on every request. The production
 * clients ({@link ClientTuning#standard()}: the SDK retries throttled writes itself, and tells Lifeboat's
 * pacing of each). The run must end with exactly the right result within 1.3 times the floor the front's
 * own bucket sets: (mutating calls - bucket) / refill. Kept small (Moto slows down with many tagged
 * resources) but with 120 mutating calls against a 5-token bucket, so that the floor is mostly refill. The
 * wall time covers planning (the listings), the run and its duplicate sweep.
 */
@ContractTest
class ThrottledBackupContractTest {

    private static final String REGION = "eu-west-3";
    private static final int BUCKET = 5;
    private static final double REFILL = 8;
    private static final int INSTANCES = 60;

    private final ExecutorService io = Executors.newCachedThreadPool();
    private MotoFront front;
    private Connection connection;
    private List<String> covered;
    private List<String> due;

    @BeforeEach
    void fleet(Moto moto) {
        front = MotoFront.start(moto.server().endpoint());
        try (Connection setup = moto.connect(REGION)) {
            Fleet fleet = new Fleet(setup.clients().ec2(REGION), REGION);
            List<Instance> instances = setup.clients().ec2(REGION).runInstances(r -> r.imageId(Fleet.AMI)
                    .instanceType("t3.micro").minCount(INSTANCES).maxCount(INSTANCES)
                    .tagSpecifications(t -> t.resourceType("instance").tags(Tags.toSdk(
                            tags("Backup", "Yes"))))).instances();
            covered = instances.stream().map(i -> fleet.rootVolume(i.instanceId())).toList();
            // An old volume no longer backed up, with as many expired automated snapshots: as many deletions.
            String retired = fleet.volume(8, Map.of());
            String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
            due = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                due.add(fleet.snapshot(retired, tags("Type", "Automated", "DeleteOn", yesterday)));
            }
        }
        connection = Connector.builder().tuning(ClientTuning.standard())
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build().connect(ConnectionSpec.defaultChain(REGION, front.endpoint(), false));
        // Clients built (most of a second each, cold), as a long run's are: the floor is about calls, not JVM start.
        connection.clients().ec2(REGION).describeRegions();
        connection.clients().ec2(REGION).createTags(r -> r.resources(due.get(0)).tags(t -> t.key("seen").value("yes")));
        front.latency(Duration.ofMillis(100)).throttleMutating(BUCKET, REFILL);
    }

    @AfterEach
    void close() {
        connection.close();
        front.close();
        io.shutdownNow();
    }

    @Test
    void aRunPacedByThrottlingAloneEndsRightWithinTheRatioOfTheBucketsFloor() {
        BackupService service = new BackupService(connection.clients(), io);
        long start = System.nanoTime();

        BackupPlan plan = service.plan(List.of(REGION), BackupSettings.defaults(BackupConvention.DEFAULT), TaskContext.NONE);
        BackupReport report = service.run(plan, RunScope.CREATE_AND_PRUNE, DeletionApproval.of(plan), TaskContext.NONE,
                TimeBudget.none(), RunListener.NONE);

        double seconds = (System.nanoTime() - start) / 1e9;
        double floor = (front.mutatingAdmitted() - BUCKET) / REFILL;
        double share = (double) front.mutatingThrottled() / (front.mutatingAdmitted() + front.mutatingThrottled());
        System.out.printf("throttled run on Moto: %.1f s, floor %.1f s, ratio %.2f, %d of %d mutating requests "
                + "throttled (%.1f%%), learned %.1f calls/s%n", seconds, floor, seconds / floor, front.mutatingThrottled(),
                front.mutatingAdmitted() + front.mutatingThrottled(), 100 * share, connection.clients().pace(REGION).rate());
        assertThat(report.outcome()).as(report.summary()).isEqualTo(BackupReport.Outcome.DONE);
        assertThat(front.mutatingThrottled()).as("the front did throttle").isPositive();
        assertThat(front.mutatingAdmitted()).as("what the run needed, and no more").isEqualTo(2L * INSTANCES);
        assertThat(seconds / floor).as("wall time over the floor of %.1f s", floor).isLessThanOrEqualTo(1.3);
        Map<String, Long> perVolume = connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self"))
                .snapshots().stream().collect(Collectors.groupingBy(Snapshot::volumeId, Collectors.counting()));
        covered.forEach(v -> assertThat(perVolume.get(v)).as("snapshots of " + v).isEqualTo(1L));
        assertThat(connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots())
                .extracting(Snapshot::snapshotId).doesNotContainAnyElementsOf(due);
        assertThat(report.volumes()).hasSize(INSTANCES).allSatisfy(v -> assertThat(v.status())
                .isEqualTo(VolumeOutcome.Status.CREATED));
        assertThat(report.deletions()).hasSize(INSTANCES).allSatisfy(d -> assertThat(d.status())
                .isEqualTo(DeletionOutcome.Status.DELETED));
    }
}
