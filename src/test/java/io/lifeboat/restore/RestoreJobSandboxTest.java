package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.SandboxConnections;
import io.lifeboat.testing.SandboxPace;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestoreJobSandboxTest {

    private static final String REGION = "eu-west-3";
    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final Connection connection = SandboxConnections.connect(SandboxAccount.withDemoFleet(clock), REGION, false);
    private final SavedJobs store = new SavedJobs();

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void restoresTheClusterCreatesItsInstancesAndSwitchesTheCname() {
        ClusterSummary source = new ClusterCatalog(connection.clients()).find(REGION, "orders-prod", TaskContext.NONE);
        RestorePlan plan = RestorePlans.of(source, RestoreTime.of(clock.instant().minus(Duration.ofHours(2))),
                "orders-restored", RestoreType.FULL_COPY, 2, null);
        CutoverTarget cname = new DnsZones(connection.clients()).target("myproject.io/mydatabase");
        plan = plan.withCutover(cname);
        new RestoreChecks(connection.clients()).require(plan, TaskContext.NONE);
        RestoreJob job = RestoreJob.start(plan, new JobAccount("sandbox", "111122223333", null, true), clock.instant());

        RestoreJob done = new RestoreJobRunner(connection.clients(), store, SandboxPace.moving(clock, Duration.ofSeconds(15)))
                .run(job, TaskContext.NONE);

        assertThat(done.status()).isEqualTo(RestoreJob.Status.DONE);
        assertThat(done.steps()).allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.DONE));
        assertThat(done.cutover().state()).isEqualTo(Cutover.State.SWITCHED);
        assertThat(done.cutover().previous().value()).startsWith("orders-prod.cluster-");
        assertThat(new DnsZones(connection.clients()).cname(cname.zoneId(), cname.recordName()).orElseThrow().value())
                .startsWith("orders-restored.cluster-");
        assertThat(connection.calls().count("RestoreDBClusterToPointInTime")).isEqualTo(1);
        done.steps().forEach(s -> System.out.println(s.label() + ": " + s.detail() + " " + s.elapsed(clock.instant())));

        RestoreJob reverted = new RestoreJobRunner(connection.clients(), store, SandboxPace.moving(clock, Duration.ofSeconds(15)))
                .revert(done, false, TaskContext.NONE);
        assertThat(reverted.cutover().state()).isEqualTo(Cutover.State.REVERTED);
        assertThat(new DnsZones(connection.clients()).cname(cname.zoneId(), cname.recordName()).orElseThrow().value())
                .startsWith("orders-prod.cluster-");
    }
}
