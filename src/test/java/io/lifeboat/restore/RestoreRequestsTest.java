package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbClusterToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbInstanceToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * The requests a plan makes: everything copied from the source unless edited, every setting sent
 * explicitly (the security groups above all), the job's tag on every new resource, and the VPC's
 * default group refused unless the source has it.
 */
class RestoreRequestsTest {

    static final String ORDERS_SG = "sg-0b1c2d3e4f5a60718";
    static final String DEFAULT_SG = "sg-0f9e8d7c6b5a40312";

    static ClusterSummary orders(List<String> groups) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Env", "prod");
        tags.put("App", "orders");
        SourceSettings settings = new SourceSettings("prod-db-subnets", "vpc-0a7c", groups, "orders-prod-cluster-params",
                "orders-prod-instance-params", "db.r6g.large", "arn:aws:kms:eu-west-3:111122223333:key/k1", true, true, tags);
        return new ClusterSummary("eu-west-3", "orders-prod", true, "aurora-mysql", "8.0.mysql_aurora.3.05.2",
                "available", "orders-prod.cluster-x.eu-west-3.rds.amazonaws.com", null, 3306, 7,
                Instant.parse("2025-03-03T09:00:00Z"), Instant.parse("2025-03-10T08:55:00Z"),
                List.of(new ClusterSummary.Member("orders-prod-1", "db.r6g.xlarge", true, "available", "orders-prod-instance-params"),
                        new ClusterSummary.Member("orders-prod-2", "db.r6g.large", false, "available", "orders-prod-instance-params")),
                settings);
    }

    @Test
    void theClusterRestoreCopiesEverySettingOfTheSourceAndSendsItExplicitly() {
        RestorePlan plan = RestorePlans.of(orders(List.of(ORDERS_SG)), RestoreTime.of(Instant.parse("2025-03-10T08:30:00Z")),
                "Orders-Restored", RestoreType.FULL_COPY, 2, null);

        RestoreDbClusterToPointInTimeRequest request = RestoreRequests.restoreCluster(plan);

        assertThat(request.sourceDBClusterIdentifier()).isEqualTo("orders-prod");
        assertThat(request.dbClusterIdentifier()).isEqualTo("orders-restored");
        assertThat(request.restoreToTime()).isEqualTo(Instant.parse("2025-03-10T08:30:00Z"));
        assertThat(request.useLatestRestorableTime()).isNull();
        assertThat(request.restoreType()).isEqualTo("full-copy");
        assertThat(request.dbSubnetGroupName()).isEqualTo("prod-db-subnets");
        assertThat(request.vpcSecurityGroupIds()).containsExactly(ORDERS_SG);
        assertThat(request.dbClusterParameterGroupName()).isEqualTo("orders-prod-cluster-params");
        assertThat(request.kmsKeyId()).isEqualTo("arn:aws:kms:eu-west-3:111122223333:key/k1");
        assertThat(request.port()).isEqualTo(3306);
        assertThat(request.deletionProtection()).isTrue();
        assertThat(request.copyTagsToSnapshot()).isTrue();
        assertThat(request.tags()).containsExactly(tag("Env", "prod"), tag("App", "orders"),
                tag(RestorePlan.JOB_TAG, plan.jobId()));
    }

    @Test
    void theInstancesAreTheWriterThenReadersOfTheSourcesClassesUnlessOneIsGiven() {
        RestorePlan plan = RestorePlans.of(orders(List.of(ORDERS_SG)), RestoreTime.latestRestorable(), "orders-restored",
                RestoreType.COPY_ON_WRITE, 3, null);
        assertThat(RestoreRequests.restoreCluster(plan).useLatestRestorableTime()).isTrue();
        assertThat(RestoreRequests.restoreCluster(plan).restoreToTime()).isNull();
        assertThat(RestoreRequests.restoreCluster(plan).restoreType()).isEqualTo("copy-on-write");
        assertThat(plan.instances()).containsExactly(new NewInstance("orders-restored-1", "db.r6g.xlarge"),
                new NewInstance("orders-restored-2", "db.r6g.large"), new NewInstance("orders-restored-3", "db.r6g.large"));

        CreateDbInstanceRequest writer = RestoreRequests.createInstance(plan, plan.instances().get(0));
        assertThat(writer.dbInstanceIdentifier()).isEqualTo("orders-restored-1");
        assertThat(writer.dbClusterIdentifier()).isEqualTo("orders-restored");
        assertThat(writer.engine()).isEqualTo("aurora-mysql");
        assertThat(writer.dbInstanceClass()).isEqualTo("db.r6g.xlarge");
        assertThat(writer.dbParameterGroupName()).isEqualTo("orders-prod-instance-params");
        assertThat(writer.tags()).contains(tag(RestorePlan.JOB_TAG, plan.jobId()));

        assertThat(RestorePlans.of(orders(List.of(ORDERS_SG)), RestoreTime.latestRestorable(), "x", RestoreType.FULL_COPY,
                2, "db.r7g.large").instances()).extracting(NewInstance::instanceClass).containsOnly("db.r7g.large");
    }

    @Test
    void aPlainInstanceIsRestoredWithItsOwnSettings() {
        SourceSettings settings = new SourceSettings("prod-db-subnets", "vpc-0a7c", List.of("sg-0e3f"), null,
                "legacy-reporting-params", "db.m5.large", null, false, false, Map.of("App", "reporting"));
        ClusterSummary legacy = new ClusterSummary("eu-west-3", "legacy-reporting", false, "mysql", "8.0.35", "available",
                "legacy-reporting.x.rds.amazonaws.com", null, 3306, 7, Instant.parse("2025-03-03T09:00:00Z"),
                Instant.parse("2025-03-10T08:55:00Z"), List.of(new ClusterSummary.Member("legacy-reporting",
                "db.m5.large", true, "available", "legacy-reporting-params")), settings);
        RestorePlan plan = RestorePlans.of(legacy, RestoreTime.latestRestorable(), "legacy-drill", RestoreType.FULL_COPY, 1, null);

        RestoreDbInstanceToPointInTimeRequest request = RestoreRequests.restoreInstance(plan);

        assertThat(request.sourceDBInstanceIdentifier()).isEqualTo("legacy-reporting");
        assertThat(request.targetDBInstanceIdentifier()).isEqualTo("legacy-drill");
        assertThat(request.useLatestRestorableTime()).isTrue();
        assertThat(request.dbInstanceClass()).isEqualTo("db.m5.large");
        assertThat(request.vpcSecurityGroupIds()).containsExactly("sg-0e3f");
        assertThat(request.dbParameterGroupName()).isEqualTo("legacy-reporting-params");
        assertThat(request.dbSubnetGroupName()).isEqualTo("prod-db-subnets");
        assertThat(RestoreJob.start(plan, new JobAccount("p", "1", null, false), Instant.EPOCH).steps())
                .extracting(JobStep::kind).containsExactly(StepKind.RESTORE_INSTANCE, StepKind.WAIT_INSTANCES);
    }

    @Test
    void neverTheVpcsDefaultSecurityGroupUnlessTheSourceUsesIt() {
        ClusterSummary usual = orders(List.of(ORDERS_SG));
        assertThat(PlanRules.defaultGroupProblem(List.of(ORDERS_SG), usual, "vpc-0a7c", DEFAULT_SG)).isEmpty();
        assertThat(PlanRules.defaultGroupProblem(List.of(ORDERS_SG, DEFAULT_SG), usual, "vpc-0a7c", DEFAULT_SG)).get()
                .asString().contains(DEFAULT_SG + " is the default security group of vpc-0a7c").contains(ORDERS_SG);
        ClusterSummary onDefault = orders(List.of(DEFAULT_SG));
        assertThat(PlanRules.defaultGroupProblem(List.of(DEFAULT_SG), onDefault, "vpc-0a7c", DEFAULT_SG)).isEmpty();

        RestorePlan none = RestorePlans.of(usual, RestoreTime.latestRestorable(), "orders-restored", RestoreType.FULL_COPY, 1, null);
        RestorePlan withoutGroups = new RestorePlan(none.jobId(), none.region(), none.sourceId(), true, none.engine(),
                none.time(), none.targetId(), none.type(), new TargetSettings("prod-db-subnets", List.of(),
                "orders-prod-cluster-params", null, null, 3306, false, false, Map.of()), none.instances(), null);
        assertThat(PlanRules.problems(withoutGroups)).anySatisfy(p -> assertThat(p).contains("VPC's default group"));
    }

    @Test
    void aPlanBreakingRdsRulesIsRefusedWithEveryReason() {
        RestorePlan plan = RestorePlans.of(orders(List.of(ORDERS_SG)), RestoreTime.of(Instant.parse("2025-03-10T08:30:00Z")),
                "orders-prod", RestoreType.COPY_ON_WRITE, 1, "m5.large");
        assertThat(PlanRules.problems(plan)).anySatisfy(p -> assertThat(p).contains("a restore never replaces orders-prod"))
                .anySatisfy(p -> assertThat(p).contains("copy-on-write clone is made as of now"))
                .anySatisfy(p -> assertThat(p).contains("'m5.large' is not an instance class"));
        assertThat(PlanRules.problems(RestorePlans.of(orders(List.of(ORDERS_SG)), RestoreTime.latestRestorable(),
                "bad--name", RestoreType.FULL_COPY, 1, null))).anySatisfy(p -> assertThat(p).contains("two hyphens"));
    }

    @Test
    void theReviewShowsTheExactRequestsInOrder() {
        RestorePlan plan = RestorePlans.of(orders(List.of(ORDERS_SG)), RestoreTime.latestRestorable(), "orders-restored",
                RestoreType.FULL_COPY, 2, null).withCutover(new CutoverTarget("/hostedzone/Z1", "myproject.io.",
                "mydatabase.myproject.io."));
        RestoreReview review = RestoreReview.of(plan);
        assertThat(review.calls()).extracting(PlannedCall::operation).containsExactly("RestoreDBClusterToPointInTime",
                "DescribeDBClusters", "CreateDBInstance", "CreateDBInstance", "DescribeDBInstances", "ListResourceRecordSets",
                "ChangeResourceRecordSets", "GetChange");
        assertThat(review.calls().get(0).parameters()).contains(new PlannedCall.Parameter("VpcSecurityGroupIds", "[" + ORDERS_SG + "]"),
                new PlannedCall.Parameter("SourceDBClusterIdentifier", "orders-prod"),
                new PlannedCall.Parameter("UseLatestRestorableTime", "true"));
        assertThat(review.calls().get(0).text()).startsWith("RestoreDBClusterToPointInTime(DBClusterIdentifier=orders-restored");
        assertThat(review.calls()).filteredOn(PlannedCall::mutating).extracting(PlannedCall::operation)
                .containsExactly("RestoreDBClusterToPointInTime", "CreateDBInstance", "CreateDBInstance", "ChangeResourceRecordSets");
        assertThat(review.afterwards()).contains("Writer orders-restored-1 (db.r6g.xlarge)", "Reader orders-restored-2 (db.r6g.large)");
        assertThat(review.source()).isEqualTo("orders-prod is not modified: no request above changes it.");
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
