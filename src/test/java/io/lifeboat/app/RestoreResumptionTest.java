package io.lifeboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.restore.RestorePlan;
import io.lifeboat.restore.RestorePlans;
import io.lifeboat.restore.RestoreTime;
import io.lifeboat.restore.RestoreType;
import io.lifeboat.restore.StepKind;
import io.lifeboat.restore.StepState;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.testing.SandboxPace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lifeboat is closed while a restore job waits for its cluster; the next start, on the same data
 * directory and account, resumes the job with the instance steps, and the cluster is restored once.
 */
class RestoreResumptionTest {

    private static final String REGION = "eu-west-3";

    @TempDir
    Path home;

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);

    private Lifeboat open() {
        return Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE, spec -> new SandboxServiceClients(account));
    }

    @Test
    void aJobInterruptedAfterTheClusterStepContinuesWithTheInstancesAfterARestart() throws Exception {
        Lifeboat first = open();
        first.restoreJobs().pace(SandboxPace.standingStill());
        Session session = first.connect(ConnectionSpec.sandbox(REGION, false));
        RestorePlan plan = RestorePlans.of(session.clusters().find(REGION, "orders-prod", TaskContext.NONE),
                RestoreTime.latestRestorable(), "orders-drill", RestoreType.FULL_COPY, 2, null);
        first.tasks().submit(TaskSpec.titled("Restore").mutating()
                .body(context -> first.restoreJobs().start(plan, session.connection(), context)).build());
        RestoreJob waiting = await(first, plan.jobId(), job -> job.steps().get(0).state() == StepState.DONE
                && job.steps().get(1).state() == StepState.RUNNING);
        assertThat(waiting.steps().get(1).kind()).isEqualTo(StepKind.WAIT_CLUSTER);
        first.close();

        Lifeboat second = open();
        try {
            second.restoreJobs().pace(SandboxPace.moving(clock, Duration.ofSeconds(15)));
            assertThat(second.restoreJobs().find(plan.jobId()).orElseThrow().status()).isEqualTo("interrupted");
            second.connect(ConnectionSpec.sandbox(REGION, false));
            RestoreJob done = await(second, plan.jobId(), job -> job.status() == RestoreJob.Status.DONE);

            assertThat(done.steps()).extracting(s -> s.kind().name() + " " + s.resource()).containsExactly(
                    "RESTORE_CLUSTER orders-drill", "WAIT_CLUSTER orders-drill", "CREATE_INSTANCE orders-drill-1",
                    "CREATE_INSTANCE orders-drill-2", "WAIT_INSTANCES orders-drill");
            List<AuditRecord> audit = second.recentAudit(100);
            assertThat(audit).filteredOn(r -> r.operation().equals("RestoreDBClusterToPointInTime")).hasSize(1);
            assertThat(audit).filteredOn(r -> r.operation().equals("CreateDBInstance")).hasSize(2);
            assertThat(done.steps().get(0).endedAt()).isEqualTo(waiting.steps().get(0).endedAt());
        } finally {
            second.close();
        }
    }

    private static RestoreJob await(Lifeboat core, String id, Predicate<RestoreJob> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            RestoreJob job = core.restoreJobs().find(id).map(RestoreJobEntry::job).orElse(null);
            if (job != null && condition.test(job)) {
                return job;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("Job " + id + " never got there: " + core.restoreJobs().find(id));
    }
}
