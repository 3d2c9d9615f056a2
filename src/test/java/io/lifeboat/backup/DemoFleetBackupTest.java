package io.lifeboat.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupConvention;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo account at noon: last night's backups were made, the pruner failed the last two nights,
 * and a golden AMI was built on one of the snapshots now due. Moto cannot show an AMI on an existing
 * snapshot (RegisterImage copies it), so this is where "in use by an AMI" is seen on a real account model.
 */
class DemoFleetBackupTest {

    private final SandboxAccount account = SandboxAccount.withDemoFleet(
            SandboxClock.manual(Instant.parse("2026-11-25T12:00:00Z")));
    private final Connection connection = Connector.builder().sandbox(spec -> new SandboxServiceClients(account))
            .build().connect(ConnectionSpec.sandbox("eu-west-3", false));
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final BackupService service = new BackupService(connection.clients(), io);

    @AfterEach
    void close() {
        connection.close();
        io.shutdownNow();
    }

    @Test
    void theGoldenImagesSnapshotIsKeptByNameAndTheOverdueDeletionsAreCaughtUp() {
        BackupPlan plan = service.plan(List.of("eu-west-3"), BackupSettings.defaults(BackupConvention.DEFAULT),
                TaskContext.NONE);

        assertThat(plan.skips()).filteredOn(s -> s.reason() == PlanSkip.Reason.IN_USE_BY_AMI).singleElement()
                .satisfies(s -> assertThat(s.detail()).containsPattern("used by ami-[0-9a-f]+ \\(prod-web-golden-2026-10\\)"));
        assertThat(plan.skips()).filteredOn(s -> s.reason() == PlanSkip.Reason.ALREADY_SNAPSHOTTED_TODAY).isNotEmpty();
        assertThat(plan.deletions()).isNotEmpty().allSatisfy(d -> assertThat(d.deleteOn()).isBeforeOrEqualTo(plan.today()));
        assertThat(plan.misconfigurations()).isNotEmpty();

        BackupReport report = service.run(plan, RunScope.CREATE_AND_PRUNE, DeletionApproval.of(plan), TaskContext.NONE);

        assertThat(report.outcome()).isEqualTo(BackupReport.Outcome.DONE);
        assertThat(report.counts().deleted()).isEqualTo(plan.deletions().size());
        assertThat(report.counts().created()).isEqualTo(plan.totals().volumes());
        BackupPlan after = service.plan(List.of("eu-west-3"), BackupSettings.defaults(BackupConvention.DEFAULT),
                TaskContext.NONE);
        assertThat(after.creates()).isEmpty();
        assertThat(after.deletions()).isEmpty();
    }
}
