package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

/**
 * A restore job on any backend: the source's subnet group and security groups copied onto the new
 * cluster, its instances created and described available, the CNAME upserted, read back and reverted;
 * and what is refused before anything is sent.
 */
abstract class RestoreJobScenario {

    /** The source database and the CNAME its applications use. */
    record Source(String region, String id, String cname, String endpoint) {
    }

    abstract Connection connection();

    abstract Source source();

    abstract WaitPace pace();

    final SavedJobs store = new SavedJobs();

    RestoreJobRunner runner() {
        return new RestoreJobRunner(connection().clients(), store, pace());
    }

    RestorePlan plan(String target, int instances) {
        ClusterSummary source = new ClusterCatalog(connection().clients()).find(source().region(), source().id(), TaskContext.NONE);
        return RestorePlans.of(source, RestoreTime.latestRestorable(), target, RestoreType.FULL_COPY, instances, null)
                .withCutover(new DnsZones(connection().clients()).target(source().cname()));
    }

    RestoreJob start(RestorePlan plan) {
        new RestoreChecks(connection().clients()).require(plan, TaskContext.NONE);
        return RestoreJob.start(plan, new JobAccount("test", connection().accountId(), null, false),
                connection().clients().clock().instant());
    }

    String cname(RestoreJob job) {
        CutoverTarget target = job.plan().cutover();
        return new DnsZones(connection().clients()).cname(target.zoneId(), target.recordName()).orElseThrow().value();
    }

    @Test
    void restoreWithTheSourcesNetworkThenInstancesThenSwitchTheCnameAndRevertIt() {
        ClusterSummary source = new ClusterCatalog(connection().clients()).find(source().region(), source().id(), TaskContext.NONE);
        RestoreJob done = runner().run(start(plan("orders-drill", 2)), TaskContext.NONE);

        assertThat(done.status()).isEqualTo(RestoreJob.Status.DONE);
        var rds = connection().clients().rds(source().region());
        DBCluster restored = rds.describeDBClusters(r -> r.dbClusterIdentifier("orders-drill")).dbClusters().get(0);
        assertThat(restored.dbSubnetGroup()).isEqualTo(source.settings().subnetGroup());
        assertThat(restored.vpcSecurityGroups()).extracting(g -> g.vpcSecurityGroupId())
                .containsExactlyElementsOf(source.settings().securityGroupIds());
        assertThat(restored.tagList()).anySatisfy(t -> {
            assertThat(t.key()).isEqualTo(RestorePlan.JOB_TAG);
            assertThat(t.value()).isEqualTo(done.id());
        });
        List<DBInstance> members = new ArrayList<>(rds.describeDBInstancesPaginator(r -> r.filters(f -> f.name("db-cluster-id")
                .values("orders-drill"))).dbInstances().stream().toList());
        assertThat(members).extracting(DBInstance::dbInstanceIdentifier).containsExactlyInAnyOrder("orders-drill-1", "orders-drill-2");
        assertThat(members).allSatisfy(i -> assertThat(i.dbInstanceStatus()).isEqualTo("available"));

        assertThat(done.cutover().previous().value()).isEqualTo(source().endpoint());
        assertThat(cname(done)).isEqualTo(restored.endpoint());
        assertThat(connection().clients().route53().getChange(r -> r.id(done.cutover().switchChangeId())).changeInfo()
                .status()).isEqualTo(ChangeStatus.INSYNC);

        RestoreJob reverted = runner().revert(done, false, TaskContext.NONE);
        assertThat(reverted.cutover().state()).isEqualTo(Cutover.State.REVERTED);
        assertThat(cname(reverted)).isEqualTo(source().endpoint());
        assertThat(connection().calls().count("RestoreDBClusterToPointInTime")).isEqualTo(1);
    }

    @Test
    void aRevertIsRefusedWhenTheRecordWasChangedSinceUnlessForced() {
        RestoreJob done = runner().run(start(plan("orders-drill", 1)), TaskContext.NONE);
        CutoverTarget target = done.plan().cutover();
        connection().clients().route53().changeResourceRecordSets(r -> r.hostedZoneId(target.zoneId()).changeBatch(b -> b
                .changes(c -> c.action(ChangeAction.UPSERT).resourceRecordSet(s -> s.name(target.recordName())
                        .type(RRType.CNAME).ttl(60L).resourceRecords(ResourceRecord.builder().value("other.example").build())))));

        assertThatThrownBy(() -> runner().revert(done, false, TaskContext.NONE)).isInstanceOf(RecordChangedException.class)
                .hasMessageContaining("now points to other.example").hasMessageContaining("it was changed since");
        assertThat(cname(done)).isEqualTo("other.example");
        runner().revert(done, true, TaskContext.NONE);
        assertThat(cname(done)).isEqualTo(source().endpoint());
    }

    @Test
    void aTimeOutsideTheWindowAndTheVpcsDefaultGroupAreRefusedBeforeAnythingIsSent() {
        RestorePlan latest = plan("orders-drill", 1);
        ClusterSummary source = new ClusterCatalog(connection().clients()).find(source().region(), source().id(), TaskContext.NONE);
        RestorePlan tooOld = new RestorePlan(latest.jobId(), latest.region(), latest.sourceId(), true, latest.engine(),
                RestoreTime.of(source.earliestRestorableTime().minusSeconds(3600)), latest.targetId(), latest.type(),
                latest.settings(), latest.instances(), null);
        assertThatThrownBy(() -> start(tooOld)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("outside the restorable window of " + source().id());

        String vpc = new TargetCatalog(connection().clients()).vpcOf(latest.region(), latest.settings().subnetGroup()).orElseThrow();
        String defaultGroup = new TargetCatalog(connection().clients()).defaultSecurityGroup(latest.region(), vpc).orElseThrow();
        TargetSettings s = latest.settings();
        RestorePlan onDefault = new RestorePlan(latest.jobId(), latest.region(), latest.sourceId(), true, latest.engine(),
                latest.time(), latest.targetId(), latest.type(), new TargetSettings(s.subnetGroup(), List.of(defaultGroup),
                s.clusterParameterGroup(), s.instanceParameterGroup(), s.kmsKeyId(), s.port(), s.deletionProtection(),
                s.copyTagsToSnapshot(), s.tags()), latest.instances(), null);
        assertThatThrownBy(() -> start(onDefault)).isInstanceOf(ProblemException.class)
                .hasMessageContaining(defaultGroup + " is the default security group of " + vpc);
        assertThat(connection().calls().count("RestoreDBClusterToPointInTime")).isZero();
    }

    @Test
    void theTargetChoicesNameTheVpcsGroupsAndTellTheDefaultOneApart() {
        ClusterSummary source = new ClusterCatalog(connection().clients()).find(source().region(), source().id(), TaskContext.NONE);
        TargetOptions options = new TargetCatalog(connection().clients()).options(source, TaskContext.NONE);
        assertThat(options.subnetGroups()).extracting(TargetOptions.SubnetGroup::name).contains(source.settings().subnetGroup());
        assertThat(options.securityGroups()).filteredOn(TargetOptions.SecurityGroup::vpcDefault).singleElement()
                .satisfies(g -> assertThat(g.name()).isEqualTo("default"));
        assertThat(options.securityGroups()).extracting(TargetOptions.SecurityGroup::id)
                .containsAll(source.settings().securityGroupIds());
    }
}
