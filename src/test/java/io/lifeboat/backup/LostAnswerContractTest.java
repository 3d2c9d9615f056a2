package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.ClientTuning;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.testing.MotoFront;
import io.lifeboat.testing.MotoFront.Action;
import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * A lost CreateSnapshots answer below the SDK's retry layer: the request reaches Moto and the snapshots
 * are made, then the front drops the connection (or answers 500). The clients are the production ones
 * ({@link ClientTuning#standard()}, SDK retries on), so a resend by the SDK would show as a second
 * request at the front and a second snapshot per volume.
 */
@ContractTest
class LostAnswerContractTest {

    private static final String REGION = "eu-west-3";

    private final ExecutorService io = Executors.newCachedThreadPool();
    private MotoFront front;
    private Connection connection;
    private List<String> covered;

    @BeforeEach
    void fleet(Moto moto) {
        front = MotoFront.start(moto.server().endpoint());
        connection = Connector.builder().tuning(ClientTuning.standard())
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build().connect(ConnectionSpec.defaultChain(REGION, front.endpoint(), false));
        Fleet fleet = new Fleet(connection.clients().ec2(REGION), REGION);
        String web = fleet.instance(tags("Name", "web-1", "Backup", "Yes")).instanceId();
        String root = fleet.rootVolume(web);
        String data = fleet.volume(10, Map.of());
        fleet.attach(data, web, "/dev/sdf");
        covered = List.of(root, data);
    }

    @AfterEach
    void close() {
        connection.close();
        front.close();
        io.shutdownNow();
    }

    private BackupReport backup() {
        BackupService service = new BackupService(connection.clients(), io, InventoryLoader.PageSizes.LARGEST,
                new Backoff(4, Duration.ofMillis(1), Duration.ofMillis(5), d -> { }, () -> 0.5));
        BackupPlan plan = service.plan(List.of(REGION), BackupSettings.defaults(BackupConvention.DEFAULT), TaskContext.NONE);
        assertThat(plan.creates()).singleElement().satisfies(c -> assertThat(c.multiVolume()).isTrue());
        return service.run(plan, RunScope.CREATE_ONLY, null, TaskContext.NONE);
    }

    /** The first CreateSnapshots of the run meets {@code failure}; everything else is forwarded. */
    private void firstCreateSnapshots(Action failure) {
        AtomicInteger seen = new AtomicInteger();
        front.rules(request -> request.action().equals("CreateSnapshots") && seen.getAndIncrement() == 0
                ? failure : Action.FORWARD);
    }

    private void assertExactlyOneSnapshotPerVolume(BackupReport report) {
        List<Snapshot> snapshots = connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots();
        assertThat(snapshots).extracting(Snapshot::volumeId).containsExactlyInAnyOrderElementsOf(covered);
        assertThat(report.volumes()).hasSize(2).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED);
            assertThat(v.detail()).contains("found by DescribeSnapshots, not created twice");
        });
    }

    @Test
    void aDroppedConnectionAfterTheWorkIsNotResentByTheSdk() {
        firstCreateSnapshots(Action.FORWARD_THEN_DROP);

        BackupReport report = backup();

        assertThat(front.count("CreateSnapshots")).as("CreateSnapshots requests the SDK sent").isEqualTo(1);
        assertExactlyOneSnapshotPerVolume(report);
    }

    @Test
    void a500AfterTheWorkIsNotResentByTheSdk() {
        firstCreateSnapshots(Action.FORWARD_THEN_500);

        BackupReport report = backup();

        assertThat(front.count("CreateSnapshots")).isEqualTo(1);
        assertExactlyOneSnapshotPerVolume(report);
    }

    /** Throttling is still the SDK's to retry: the request was refused unrun. */
    @Test
    void throttlingIsStillRetriedByTheSdk() {
        firstCreateSnapshots(Action.THROTTLE);

        BackupReport report = backup();

        assertThat(front.count("CreateSnapshots")).as("the throttled request and the SDK's retry").isEqualTo(2);
        assertThat(connection.clients().pace(REGION).throttles()).as("the attempt the SDK retried reached the pacing")
                .isEqualTo(1);
        assertThat(report.volumes()).hasSize(2).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED);
            assertThat(v.attempts()).as("calls Lifeboat made; the retry was the SDK's").isEqualTo(1);
        });
        assertThat(connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots())
                .extracting(Snapshot::volumeId).containsExactlyInAnyOrderElementsOf(covered);
    }
}
