package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.volumes.BackupConvention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * Two machines back up one account at the same moment (cron while someone clicks Run now, a Lambda
 * retried): two Lifeboat cores with two data directories, sharing nothing but the account on Moto. Both
 * plan before either runs, so both plan every volume; then both run at once. Exactly one snapshot per
 * covered volume must remain, whichever run made it.
 */
@ContractTest
class OverlappingRunsContractTest {

    private static final String REGION = "eu-west-3";
    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    @TempDir
    Path machineA;
    @TempDir
    Path machineB;

    private final Properties saved = (Properties) System.getProperties().clone();
    private final ExecutorService machines = Executors.newFixedThreadPool(2);
    private final List<Lifeboat> cores = new ArrayList<>();
    private Connection admin;
    private final List<String> covered = new ArrayList<>();

    @BeforeEach
    void fleet(Moto moto) {
        // Each machine finds its credentials as the CLI does: here the SDK chain's system properties.
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        admin = moto.connect(REGION);
        Fleet fleet = new Fleet(admin.clients().ec2(REGION), REGION);
        for (int i = 1; i <= 3; i++) {
            String instance = fleet.instance(tags("Name", "app-" + i, "Backup", "Yes")).instanceId();
            covered.add(fleet.rootVolume(instance));
            String data = fleet.volume(10, Map.of());
            fleet.attach(data, instance, "/dev/sdf");
            covered.add(data);
        }
        covered.add(fleet.volume(5, tags("Name", "exports", "Backup", "Yes")));
    }

    @AfterEach
    void close() {
        cores.forEach(Lifeboat::close);
        admin.close();
        machines.shutdownNow();
        System.setProperties(saved);
    }

    private BackupService machine(Path dataDirectory, Moto moto) {
        Lifeboat core = Lifeboat.open(dataDirectory, Runnable::run, () -> false, MfaCodePrompt.NONE, spec -> null);
        cores.add(core);
        return core.connect(ConnectionSpec.defaultChain(REGION, moto.server().endpoint(), false)).backups();
    }

    @Test
    void twoRunsStartedTogetherFromTwoMachinesLeaveOneSnapshotPerVolume(Moto moto) throws Exception {
        BackupService a = machine(machineA, moto);
        BackupService b = machine(machineB, moto);
        BackupPlan planA = a.plan(List.of(REGION), SETTINGS, TaskContext.NONE);
        BackupPlan planB = b.plan(List.of(REGION), SETTINGS, TaskContext.NONE);
        assertThat(planA.totals().volumes()).isEqualTo(covered.size());
        assertThat(planB.totals().volumes()).isEqualTo(covered.size());

        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<BackupReport> runA = CompletableFuture.supplyAsync(() -> runWhen(go, a, planA), machines);
        CompletableFuture<BackupReport> runB = CompletableFuture.supplyAsync(() -> runWhen(go, b, planB), machines);
        go.countDown();
        BackupReport reportA = runA.get();
        BackupReport reportB = runB.get();

        Map<String, Long> perVolume = automated().stream()
                .collect(Collectors.groupingBy(Snapshot::volumeId, Collectors.counting()));
        assertThat(perVolume).hasSize(covered.size());
        covered.forEach(v -> assertThat(perVolume.get(v)).as("snapshots of " + v).isEqualTo(1L));
        List<String> kept = automated().stream().map(Snapshot::snapshotId).toList();
        for (String volume : covered) {
            // The snapshot that remains is named by a run: as made by it, or as made by the other. (A run that
            // finished before the other's sweep cannot know its snapshot was the one removed: with Moto's
            // one-second start times a tie is broken by id, and the earlier snapshot may be the duplicate.)
            List<String> named = new ArrayList<>();
            for (BackupReport report : List.of(reportA, reportB)) {
                assertThat(report.volumes()).filteredOn(v -> v.volumeId().equals(volume)).singleElement()
                        .satisfies(v -> named.add(v.snapshotId()));
            }
            assertThat(named).as("what the runs report for " + volume).containsAnyElementsOf(kept);
        }
        assertThat(reportA.outcome()).isEqualTo(BackupReport.Outcome.DONE);
        assertThat(reportB.outcome()).isEqualTo(BackupReport.Outcome.DONE);
    }

    private static BackupReport runWhen(CountDownLatch go, BackupService machine, BackupPlan plan) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return machine.run(plan, RunScope.CREATE_ONLY, null, TaskContext.NONE);
    }

    private List<Snapshot> automated() {
        return admin.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots().stream()
                .filter(s -> s.tags().stream().anyMatch(t -> t.key().equals("Type") && t.value().equals("Automated")))
                .toList();
    }
}
