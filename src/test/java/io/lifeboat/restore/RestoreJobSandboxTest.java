package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.guard.ApiCall;
import io.lifeboat.aws.guard.CallInterceptor;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.SandboxPace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.RdsException;

/**
 * Restore jobs on the sandbox, where time passes only when moved: the scenario, then every step with
 * its waits, the source left alone, and the steps safe to run again after a crash or a failure, which
 * Moto cannot show (every state there is final at once).
 */
class RestoreJobSandboxTest extends RestoreJobScenario {

    private static final String REGION = "eu-west-3";
    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    private final List<ApiCall> sent = new CopyOnWriteArrayList<>();
    private final FailOnce failOnce = new FailOnce();
    private final Connection connection = Connector.builder().sandbox(spec -> new SandboxServiceClients(account))
            .interceptor(new CallInterceptor() {
                @Override
                public void beforeCall(ApiCall call) {
                    sent.add(call);
                }
            })
            .interceptor(failOnce)
            .build().connect(ConnectionSpec.sandbox(REGION, false));
    private final WaitPace pace = SandboxPace.moving(clock, Duration.ofSeconds(15));

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    Source source() {
        return new Source(REGION, "orders-prod", "myproject.io/mydatabase",
                "orders-prod.cluster-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com");
    }

    @Override
    WaitPace pace() {
        return pace;
    }

    @AfterEach
    void close() {
        connection.close();
    }

    /** Fails the first call of one operation whose request names one resource, as a 500 would. */
    static final class FailOnce implements CallInterceptor {
        volatile String operation;
        volatile String resource;

        @Override
        public void beforeCall(ApiCall call) {
            if (call.operation().equals(operation) && call.request().toString().contains(resource)) {
                operation = null;
                throw RdsException.builder().statusCode(500).message("We encountered an internal error.")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalFailure")
                                .errorMessage("We encountered an internal error.").build()).build();
            }
        }
    }

    private ClusterSummary source(String id) {
        return new ClusterCatalog(connection.clients()).find(REGION, id, TaskContext.NONE);
    }

    private RestoreJob job(RestorePlan plan) {
        return RestoreJob.start(plan, new JobAccount("sandbox", "111122223333", null, true), clock.instant());
    }

    private RestoreJob run(RestoreJob job) {
        return new RestoreJobRunner(connection.clients(), store, pace).run(job, TaskContext.NONE);
    }

    private long count(String operation) {
        return connection.calls().count(operation);
    }

    @Test
    void restoresTheClusterCreatesItsInstancesSwitchesTheCnameAndRevertsIt() {
        RestorePlan plan = RestorePlans.of(source("orders-prod"), RestoreTime.of(clock.instant().minus(Duration.ofHours(2))),
                "orders-restored", RestoreType.FULL_COPY, 2, null)
                .withCutover(new DnsZones(connection.clients()).target("myproject.io/mydatabase"));
        new RestoreChecks(connection.clients()).require(plan, TaskContext.NONE);

        RestoreJob done = run(job(plan));

        assertThat(done.status()).isEqualTo(RestoreJob.Status.DONE);
        assertThat(done.steps()).extracting(s -> s.kind() + " " + s.state()).containsExactly("RESTORE_CLUSTER DONE",
                "WAIT_CLUSTER DONE", "CREATE_INSTANCE DONE", "CREATE_INSTANCE DONE", "WAIT_INSTANCES DONE", "CUTOVER DONE");
        assertThat(done.steps().get(1).elapsed(clock.instant())).isEqualTo(Duration.ofSeconds(90));
        assertThat(store.versions).anySatisfy(v -> assertThat(v.steps().get(4).detail()).isEqualTo("0 of 2 instances available"));
        DBCluster restored = connection.clients().rds(REGION).describeDBClusters(r -> r.dbClusterIdentifier("orders-restored"))
                .dbClusters().get(0);
        assertThat(restored.status()).isEqualTo("available");
        assertThat(restored.dbClusterMembers()).hasSize(2);
        assertThat(restored.vpcSecurityGroups()).extracting(g -> g.vpcSecurityGroupId())
                .containsExactlyElementsOf(source("orders-prod").settings().securityGroupIds());
        assertThat(done.cutover().previous()).isEqualTo(new DnsRecord("mydatabase.myproject.io.",
                "orders-prod.cluster-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com", 60));
        assertThat(cname()).isEqualTo(restored.endpoint());
        assertThat(store.versions).as("the previous value is saved before the switch is sent").anySatisfy(v -> {
            assertThat(v.cutover().previous()).isNotNull();
            assertThat(v.cutover().switchChangeId()).isNull();
        });

        RestoreJob reverted = new RestoreJobRunner(connection.clients(), store, pace).revert(done, false, TaskContext.NONE);
        assertThat(reverted.cutover().state()).isEqualTo(Cutover.State.REVERTED);
        assertThat(cname()).isEqualTo("orders-prod.cluster-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com");
        assertThat(count("RestoreDBClusterToPointInTime")).isEqualTo(1);
        assertThat(count("ChangeResourceRecordSets")).isEqualTo(2);
    }

    @Test
    void theSourceIsNeverTheTargetOfAnyChange() {
        ClusterSummary before = source("orders-prod");
        RestorePlan plan = RestorePlans.of(before, RestoreTime.latestRestorable(), "orders-drill", RestoreType.FULL_COPY, 2, null)
                .withCutover(new DnsZones(connection.clients()).target("myproject.io/mydatabase"));
        RestoreJob done = run(job(plan));
        new RestoreJobRunner(connection.clients(), store, pace).revert(done, false, TaskContext.NONE);

        List<ApiCall> changes = sent.stream().filter(ApiCall::mutating).toList();
        assertThat(changes).extracting(ApiCall::operation).containsExactly("RestoreDBClusterToPointInTime",
                "CreateDBInstance", "CreateDBInstance", "ChangeResourceRecordSets", "ChangeResourceRecordSets");
        List<String> names = List.of("orders-prod", "orders-prod-1", "orders-prod-2");
        for (ApiCall change : changes) {
            for (SdkField<?> field : change.request().sdkFields()) {
                Object value = field.getValueOrDefault(change.request());
                if (!field.memberName().equals("SourceDBClusterIdentifier") && value instanceof String text) {
                    assertThat(names).as(change.operation() + "." + field.memberName()).doesNotContain(text);
                }
            }
        }
        ClusterSummary after = source("orders-prod");
        assertThat(after.members()).isEqualTo(before.members());
        assertThat(after.settings()).isEqualTo(before.settings());
        assertThat(after.status()).isEqualTo("available");
    }

    @Test
    void aCrashBetweenTheRestoreCallAndItsRecordDoesNotRestoreTwice() {
        RestorePlan plan = RestorePlans.of(source("orders-prod"), RestoreTime.latestRestorable(), "orders-drill",
                RestoreType.FULL_COPY, 1, null);
        run(job(plan));
        // What the store held when the process died: the restore step started, its outcome not recorded.
        RestoreJob lastSaved = store.versions.stream().filter(v -> v.steps().get(0).state() == StepState.RUNNING)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(lastSaved.steps().get(1).state()).isEqualTo(StepState.PENDING);

        RestoreJob resumed = run(lastSaved);

        assertThat(resumed.status()).isEqualTo(RestoreJob.Status.DONE);
        assertThat(resumed.steps().get(0).detail()).startsWith("found, made by this job before");
        assertThat(resumed.steps().get(2).detail()).startsWith("found, made by this job before");
        assertThat(count("RestoreDBClusterToPointInTime")).isEqualTo(1);
        assertThat(count("CreateDBInstance")).isEqualTo(1);
    }

    @Test
    void aClusterOfTheSameNameMadeByAnyoneElseFailsTheStepAndNothingMore() {
        connection.clients().rds(REGION).restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("billing-prod")
                .dbClusterIdentifier("orders-drill").useLatestRestorableTime(true));
        RestorePlan plan = RestorePlans.of(source("orders-prod"), RestoreTime.latestRestorable(), "orders-drill",
                RestoreType.FULL_COPY, 1, null);

        assertThatThrownBy(() -> run(job(plan))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("A cluster named orders-drill already exists and was not made by this job");
        assertThat(store.last().status()).isEqualTo(RestoreJob.Status.FAILED);
        assertThat(store.last().steps().get(0).problem().code()).isEqualTo("AlreadyExists");
        assertThat(count("CreateDBInstance")).isZero();
        assertThatThrownBy(() -> new RestoreChecks(connection.clients()).require(plan, TaskContext.NONE))
                .hasMessageContaining("A cluster named orders-drill already exists");
    }

    @Test
    void aFailedStepIsRetriedWithoutRedoingTheFinishedOnes() {
        RestorePlan plan = RestorePlans.of(source("orders-prod"), RestoreTime.latestRestorable(), "orders-drill",
                RestoreType.FULL_COPY, 2, null);
        failOnce.resource = "orders-drill-2";
        failOnce.operation = "CreateDBInstance";

        assertThatThrownBy(() -> run(job(plan))).isInstanceOf(ProblemException.class).hasMessageContaining("internal error");
        RestoreJob failed = store.last();
        assertThat(failed.steps()).extracting(JobStep::state).containsExactly(StepState.DONE, StepState.DONE,
                StepState.DONE, StepState.FAILED, StepState.PENDING);

        RestoreJob retried = run(failed);

        assertThat(retried.status()).isEqualTo(RestoreJob.Status.DONE);
        assertThat(count("RestoreDBClusterToPointInTime")).isEqualTo(1);
        assertThat(sent.stream().filter(c -> c.request() instanceof CreateDbInstanceRequest r
                && r.dbInstanceIdentifier().equals("orders-drill-1"))).hasSize(1);
        assertThat(sent.stream().filter(c -> c.request() instanceof CreateDbInstanceRequest r
                && r.dbInstanceIdentifier().equals("orders-drill-2"))).hasSize(2);
    }

    @Test
    void aPlainInstanceIsRestoredAndWaitedFor() {
        ClusterSummary legacy = source("legacy-reporting");
        assertThat(legacy.earliestRestorableTime()).isEqualTo(clock.instant().minus(Duration.ofDays(7)));
        RestorePlan plan = RestorePlans.of(legacy, RestoreTime.of(clock.instant().minus(Duration.ofDays(2))),
                "legacy-drill", RestoreType.FULL_COPY, 1, null);
        new RestoreChecks(connection.clients()).require(plan, TaskContext.NONE);

        RestoreJob done = run(job(plan));

        assertThat(done.steps()).extracting(JobStep::kind).containsExactly(StepKind.RESTORE_INSTANCE, StepKind.WAIT_INSTANCES);
        assertThat(done.steps().get(1).detail()).startsWith("available at legacy-drill.");
        assertThat(count("RestoreDBInstanceToPointInTime")).isEqualTo(1);
    }

    @Test
    void theChecksRefuseBeforeAnythingIsSent() {
        ClusterSummary orders = source("orders-prod");
        RestoreChecks checks = new RestoreChecks(connection.clients());
        RestorePlan tooOld = RestorePlans.of(orders, RestoreTime.of(orders.earliestRestorableTime().minusSeconds(1)),
                "orders-drill", RestoreType.FULL_COPY, 1, null);
        assertThatThrownBy(() -> checks.require(tooOld, TaskContext.NONE)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("outside the restorable window of orders-prod: 2025-03-03T09:00:00Z to 2025-03-10T08:55:00Z");
        RestorePlan documents = RestorePlans.of(source("catalog-docs"), RestoreTime.latestRestorable(), "docs-drill",
                RestoreType.FULL_COPY, 1, null);
        assertThatThrownBy(() -> checks.require(documents, TaskContext.NONE)).hasMessageContaining("DocumentDB");
        RestorePlan copied = RestorePlans.of(orders, RestoreTime.latestRestorable(), "orders-drill", RestoreType.FULL_COPY, 1, null);
        RestorePlan onDefault = new RestorePlan(copied.jobId(), REGION, "orders-prod", true, "aurora-mysql", copied.time(),
                "orders-drill", RestoreType.FULL_COPY, new TargetSettings("prod-db-subnets",
                List.of("sg-0b1c2d3e4f5a60718", "sg-0f9e8d7c6b5a40312"), "orders-prod-cluster-params", null, null, 3306,
                false, false, java.util.Map.of()), copied.instances(), null);
        assertThatThrownBy(() -> checks.require(onDefault, TaskContext.NONE))
                .hasMessageContaining("sg-0f9e8d7c6b5a40312 is the default security group of vpc-0a7c3e5f2b9d41e68");
        assertThat(sent.stream().filter(ApiCall::mutating)).isEmpty();
    }

    private String cname() {
        DnsZones zones = new DnsZones(connection.clients());
        return zones.cname(zones.privateZones().get(0).id(), "mydatabase.myproject.io.").orElseThrow().value();
    }

}
