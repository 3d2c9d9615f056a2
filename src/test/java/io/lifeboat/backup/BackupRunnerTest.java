package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.sandbox.SandboxLimits;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner on the sandbox, with errors injected where AWS would give them; pauses are recorded, not waited. */
class BackupRunnerTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    private final Faults faults = new Faults();
    private final SandboxFleet sandbox = new SandboxFleet(faults);
    private final List<Duration> pauses = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final BackupService service = new BackupService(sandbox.connection.clients(), io,
            InventoryLoader.PageSizes.LARGEST, new Backoff(4, Duration.ofMillis(100), Duration.ofSeconds(1), pauses::add,
            () -> 0.5));

    @AfterEach
    void close() {
        sandbox.connection.close();
        io.shutdownNow();
    }

    private BackupPlan plan() {
        return service.plan(List.of(SandboxFleet.REGION), SETTINGS, TaskContext.NONE);
    }

    private long calls(String operation) {
        return sandbox.connection.calls().count(operation);
    }

    @Test
    void throttledCreatesAreRetriedAfterGrowingPausesWithoutAskingWhetherTheyRan() {
        sandbox.instance("web-1", 1, tags("Backup", "Yes"));
        BackupPlan plan = plan();
        faults.before("CreateSnapshots", Faults::throttling, Faults::throttling);
        sandbox.connection.calls().reset();

        BackupReport report = service.run(plan, RunScope.CREATE_ONLY, null, TaskContext.NONE);

        assertThat(report.volumes()).hasSize(2).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(VolumeOutcome.Status.CREATED);
            assertThat(v.snapshotId()).startsWith("snap-");
            assertThat(v.attempts()).isEqualTo(3);
        });
        // Equal jitter at 0.5: half of 100 ms plus a quarter, then half of 200 ms plus a quarter.
        assertThat(pauses).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150));
        assertThat(calls("CreateSnapshots")).isEqualTo(3);
        assertThat(calls("DescribeSnapshots")).as("only the duplicate sweep's, never an is-it-there check").isEqualTo(1);
    }

    @Test
    void aLostAnswerIsCheckedWithDescribeSnapshotsBeforeSendingAgainSoNothingIsMadeTwice() {
        sandbox.instance("web-1", 1, tags("Backup", "Yes"));
        sandbox.instance("web-2", 0, tags("Backup", "Yes"));
        BackupPlan plan = plan();
        faults.after("CreateSnapshots", Faults::internalError).after("CreateSnapshot", Faults::internalError);
        sandbox.connection.calls().reset();

        BackupReport report = service.run(plan, RunScope.CREATE_ONLY, null, TaskContext.NONE);

        assertThat(report.counts().created()).isEqualTo(3);
        assertThat(report.volumes()).allSatisfy(v -> assertThat(v.detail()).contains("found by DescribeSnapshots"));
        assertThat(calls("CreateSnapshots")).isEqualTo(1);
        assertThat(calls("CreateSnapshot")).isEqualTo(1);
        assertThat(calls("DescribeSnapshots")).as("one check per lost answer, then the duplicate sweep").isEqualTo(3);
        assertThat(plan().creates()).isEmpty();
    }

    @Test
    void oneVolumesFailureNeverStopsTheOthers() {
        String first = sandbox.instance("web-1", 0, tags("Backup", "Yes"));
        sandbox.instance("web-2", 0, tags("Backup", "Yes"));
        sandbox.instance("web-3", 0, tags("Backup", "Yes"));
        BackupPlan plan = plan();
        faults.denyCreates(sandbox.fleet.rootVolume(first),
                () -> Faults.error(400, "IncorrectState", "The volume is not in a snapshottable state."));

        BackupReport report = service.run(plan, RunScope.CREATE_ONLY, null, TaskContext.NONE);

        assertThat(report.volumes()).extracting(VolumeOutcome::status).containsExactly(VolumeOutcome.Status.FAILED,
                VolumeOutcome.Status.CREATED, VolumeOutcome.Status.CREATED);
        assertThat(report.volumes().get(0).problem().code()).isEqualTo("IncorrectState");
        assertThat(report.volumes().get(0).attempts()).isEqualTo(1);
        assertThat(report.outcome()).isEqualTo(BackupReport.Outcome.FAILURES);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aCallStillThrottledAfterTheLastAttemptFailsWithTheProblem() {
        sandbox.instance("web-1", 0, tags("Backup", "Yes"));
        BackupPlan plan = plan();
        Supplier<RuntimeException> throttle = Faults::throttling;
        faults.before("CreateSnapshot", throttle, throttle, throttle, throttle);

        BackupReport report = service.run(plan, RunScope.CREATE_ONLY, null, TaskContext.NONE);

        assertThat(report.volumes()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VolumeOutcome.Status.FAILED);
            assertThat(v.problem().kind()).isEqualTo(Problem.Kind.THROTTLED);
            assertThat(v.attempts()).isEqualTo(4);
        });
        assertThat(pauses).hasSize(3);
        assertThat(report.summary()).isEqualTo("0 snapshots created, 1 volume failed; 0 deleted");
    }

    @Test
    void withoutAnApprovalTheDeletionsAreRefusedAndTheCreatesStillRun() {
        sandbox.instance("web-1", 0, tags("Backup", "Yes"));
        String due = dueSnapshot();
        BackupPlan plan = plan();

        BackupReport report = service.run(plan, RunScope.CREATE_AND_PRUNE, null, TaskContext.NONE);

        assertThat(report.counts().created()).isEqualTo(1);
        assertThat(report.deletions()).singleElement().satisfies(d -> {
            assertThat(d.snapshotId()).isEqualTo(due);
            assertThat(d.status()).isEqualTo(DeletionOutcome.Status.NOT_APPROVED);
        });
        assertThat(report.pruneRefusal()).startsWith("1 deletion was not approved");
        assertThat(report.outcome()).isEqualTo(BackupReport.Outcome.REFUSED);
        assertThat(calls("DeleteSnapshot")).isZero();
    }

    @Test
    void anApprovalOfAnotherPlanDeletesNothing() {
        dueSnapshot();
        BackupPlan first = plan();
        dueSnapshot();
        BackupPlan second = plan();

        BackupReport report = service.run(second, RunScope.PRUNE_ONLY, DeletionApproval.of(first), TaskContext.NONE);

        assertThat(report.volumes()).isEmpty();
        assertThat(report.deletions()).hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeletionOutcome.Status.NOT_APPROVED));
        assertThat(report.pruneRefusal()).contains("for 1 other deletions, not these 2");
        assertThat(calls("DeleteSnapshot")).isZero();
    }

    @Test
    void approvedDeletionsRunAndAnAmiRegisteredSinceThePlanOrADeletionByOthersIsNoFailure() {
        String used = dueSnapshot();
        String gone = dueSnapshot();
        String deleted = dueSnapshot();
        BackupPlan plan = plan();
        sandbox.connection.clients().ec2(SandboxFleet.REGION).deleteSnapshot(r -> r.snapshotId(gone));
        faults.refuseDeletion(used, () -> Faults.error(400, "InvalidSnapshot.InUse",
                "The snapshot " + used + " is currently in use by ami-0a1b2c3d4e5f60718"));

        BackupReport report = service.run(plan, RunScope.PRUNE_ONLY, DeletionApproval.of(plan), TaskContext.NONE);

        assertThat(report.deletions()).extracting(DeletionOutcome::snapshotId, DeletionOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(used, DeletionOutcome.Status.IN_USE),
                org.assertj.core.groups.Tuple.tuple(gone, DeletionOutcome.Status.ALREADY_GONE),
                org.assertj.core.groups.Tuple.tuple(deleted, DeletionOutcome.Status.DELETED));
        assertThat(report.deletions().get(0).detail()).contains("in use by ami-0a1b2c3d4e5f60718");
        assertThat(report.outcome()).isEqualTo(BackupReport.Outcome.DONE);
        assertThat(sandbox.connection.clients().ec2(SandboxFleet.REGION).describeSnapshots(r -> r.ownerIds("self"))
                .snapshots()).extracting(s -> s.snapshotId()).contains(used).doesNotContain(deleted);
    }

    /**
     * A cancel stops the run starting batches; the calls in flight end, the rest is reported as cancelled,
     * deletions included (they come after the creates), and the next plan holds exactly what was not done.
     * The sandbox answers slowly here, so the cancel comes while most batches still wait.
     */
    @Test
    void cancellingStopsStartingBatchesAndReportsWhatWasNotReached() {
        for (int i = 1; i <= 40; i++) {
            sandbox.instance("web-" + i, i % 2, tags("Backup", "Yes"));
        }
        dueSnapshot();
        BackupPlan plan = plan();
        sandbox.account.limit(SandboxLimits.NONE.withLatency(Duration.ofMillis(100)));
        CancelAfterFirstBatch context = new CancelAfterFirstBatch();

        BackupReport report = service.run(plan, RunScope.CREATE_AND_PRUNE, DeletionApproval.of(plan), context);

        sandbox.account.limit(SandboxLimits.NONE);
        Map<VolumeOutcome.Status, Long> statuses = report.volumes().stream().collect(
                java.util.stream.Collectors.groupingBy(VolumeOutcome::status, java.util.stream.Collectors.counting()));
        assertThat(statuses.keySet()).containsOnly(VolumeOutcome.Status.CREATED, VolumeOutcome.Status.CANCELLED);
        assertThat(statuses.get(VolumeOutcome.Status.CREATED)).isBetween(1L, 30L);
        assertThat(report.deletions()).extracting(DeletionOutcome::status).containsExactly(DeletionOutcome.Status.CANCELLED);
        assertThat(report.outcome()).isEqualTo(BackupReport.Outcome.CANCELLED);
        assertThat(context.progress).startsWith("0/61");
        BackupPlan rest = plan();
        assertThat(rest.totals().volumes()).isEqualTo(statuses.get(VolumeOutcome.Status.CANCELLED).intValue());
        assertThat(rest.deletions()).hasSize(1);
    }

    @Test
    void theReportSurvivesItsJsonForTheRunHistory() {
        sandbox.instance("web-1", 1, tags("Backup", "Yes"));
        BackupPlan plan = plan();
        BackupReport report = service.run(plan, RunScope.CREATE_AND_PRUNE, null, TaskContext.NONE);

        String json = BackupJson.compact(report);

        assertThat(BackupJson.report(json)).isEqualTo(report);
        assertThat(json).contains("\"outcome\":\"done\"", "\"status\":\"created\"", "\"scope\":\"create-and-prune\"",
                "\"summary\":\"2 snapshots created; 0 deleted\"");
    }

    /**
     * A snapshot as the source's Lambda made them, due two days ago. It is of a volume no longer backed
     * up: a due snapshot of a covered volume would have to start today on the sandbox's clock, and
     * would then count as today's backup.
     */
    private String dueSnapshot() {
        String volume = sandbox.fleet.volume(5, Map.of("Backup", "No"));
        sandbox.clock.advance(Duration.ofMinutes(1));
        String id = sandbox.fleet.snapshot(volume, Map.of("Type", "Automated", "DeleteOn", "2026-11-23"));
        sandbox.clock.advance(Duration.ofMinutes(5));
        return id;
    }

    private static final class CancelAfterFirstBatch implements TaskContext {
        final List<String> progress = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void progress(long done, long total) {
            progress.add(done + "/" + total);
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean cancelled() {
            return progress.size() > 1;
        }
    }
}
