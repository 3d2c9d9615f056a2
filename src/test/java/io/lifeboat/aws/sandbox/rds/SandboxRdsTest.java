package io.lifeboat.aws.sandbox.rds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.DBInstanceAutomatedBackup;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DbClusterAlreadyExistsException;
import software.amazon.awssdk.services.rds.model.DbClusterNotFoundException;
import software.amazon.awssdk.services.rds.model.DbInstanceAutomatedBackupNotFoundException;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;
import software.amazon.awssdk.services.rds.model.Filter;
import software.amazon.awssdk.services.rds.model.InvalidDbClusterStateException;
import software.amazon.awssdk.services.rds.model.InvalidRestoreException;
import software.amazon.awssdk.services.rds.model.RdsException;
import software.amazon.awssdk.services.rds.model.Tag;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

class SandboxRdsTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private final SandboxClock clock = SandboxClock.manual(T0);
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    private final RdsClient rds = new SandboxServiceClients(account).rds(RdsSeed.REGION);

    private DBCluster cluster(String id) {
        return rds.describeDBClusters(r -> r.dbClusterIdentifier(id)).dbClusters().get(0);
    }

    private DBInstance instance(String id) {
        return rds.describeDBInstances(r -> r.dbInstanceIdentifier(id)).dbInstances().get(0);
    }

    private void advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void seededOrdersClusterLooksLikeProduction() {
        DBCluster orders = cluster("orders-prod");
        assertThat(orders.engine()).isEqualTo("aurora-mysql");
        assertThat(orders.engineVersion()).isEqualTo("8.0.mysql_aurora.3.05.2");
        assertThat(orders.engineMode()).isEqualTo("provisioned");
        assertThat(orders.status()).isEqualTo("available");
        assertThat(orders.endpoint()).isEqualTo("orders-prod.cluster-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com");
        assertThat(orders.readerEndpoint()).isEqualTo("orders-prod.cluster-ro-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com");
        assertThat(orders.port()).isEqualTo(3306);
        assertThat(orders.dbClusterMembers()).extracting(DBClusterMember::dbInstanceIdentifier, DBClusterMember::isClusterWriter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders-prod-1", true),
                        org.assertj.core.groups.Tuple.tuple("orders-prod-2", false));
        assertThat(orders.backupRetentionPeriod()).isEqualTo(7);
        assertThat(orders.earliestRestorableTime()).isEqualTo(T0.minus(Duration.ofDays(7)));
        assertThat(orders.latestRestorableTime()).isEqualTo(T0.minus(Duration.ofMinutes(5)));
        assertThat(orders.dbSubnetGroup()).isEqualTo("prod-db-subnets");
        assertThat(orders.vpcSecurityGroups()).extracting(VpcSecurityGroupMembership::vpcSecurityGroupId)
                .containsExactly(RdsNetwork.ORDERS_DB_SG).doesNotContain(RdsNetwork.PROD_VPC_DEFAULT_SG);
        assertThat(orders.dbClusterParameterGroup()).isEqualTo("orders-prod-cluster-params");
        assertThat(orders.kmsKeyId()).isEqualTo(RdsSeed.KMS_KEY);
        assertThat(orders.storageEncrypted()).isTrue();
        assertThat(orders.deletionProtection()).isTrue();
        assertThat(orders.multiAZ()).isTrue();
        assertThat(orders.tagList()).contains(Tag.builder().key("Env").value("prod").build());
        assertThat(cluster("billing-prod").engine()).isEqualTo("aurora-postgresql");
        assertThat(cluster("billing-prod").engineVersion()).isEqualTo("15.4");
        assertThat(instance("orders-prod-1").dbInstanceClass()).isEqualTo("db.r6g.large");
    }

    @Test
    void restorableWindowMovesWithTheClock() {
        advance(3600);
        DBCluster orders = cluster("orders-prod");
        assertThat(orders.earliestRestorableTime()).isEqualTo(T0.plusSeconds(3600).minus(Duration.ofDays(7)));
        assertThat(orders.latestRestorableTime()).isEqualTo(T0.plusSeconds(3600).minus(Duration.ofMinutes(5)));
    }

    @Test
    void instancesFilterByClusterAndThePlainInstanceStandsAlone() {
        List<DBInstance> members = rds.describeDBInstancesPaginator(r -> r.filters(Filter.builder().name("db-cluster-id")
                .values("orders-prod").build())).dbInstances().stream().toList();
        assertThat(members).extracting(DBInstance::dbInstanceIdentifier).containsExactly("orders-prod-1", "orders-prod-2");
        assertThat(members).allSatisfy(i -> {
            assertThat(i.dbInstanceStatus()).isEqualTo("available");
            assertThat(i.endpoint().address()).endsWith(".c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com");
            assertThat(i.dbParameterGroups().get(0).dbParameterGroupName()).isEqualTo("orders-prod-instance-params");
            assertThat(i.promotionTier()).isEqualTo(1);
        });
        assertThat(members).extracting(DBInstance::availabilityZone).containsExactly("eu-west-3a", "eu-west-3b");
        DBInstance legacy = instance("legacy-reporting");
        assertThat(legacy.dbClusterIdentifier()).isNull();
        assertThat(legacy.engine()).isEqualTo("mysql");
        assertThat(legacy.latestRestorableTime()).isEqualTo(T0.minus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> instance("nope")).isInstanceOf(DbInstanceNotFoundException.class);
        assertThatThrownBy(() -> rds.describeDBInstances(r -> r.filters(Filter.builder().name("colour").values("x").build())))
                .isInstanceOf(RdsException.class).hasMessageContaining("Unrecognized filter name");
    }

    @Test
    void describeErrorsAndPageSizeLimits() {
        assertThatThrownBy(() -> cluster("no-such-cluster")).isInstanceOf(DbClusterNotFoundException.class)
                .satisfies(e -> assertThat(((RdsException) e).awsErrorDetails().errorCode()).isEqualTo("DBClusterNotFoundFault"))
                .satisfies(e -> assertThat(((RdsException) e).statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> rds.describeDBClusters(r -> r.maxRecords(19))).isInstanceOf(RdsException.class)
                .satisfies(e -> assertThat(((RdsException) e).awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue"));
        assertThatThrownBy(() -> rds.describeDBClusters(r -> r.maxRecords(101))).isInstanceOf(RdsException.class);
        assertThatThrownBy(() -> rds.describeDBClusters(r -> r.marker("garbage"))).isInstanceOf(RdsException.class);
    }

    @Test
    void restoreWindowIsValidatedAtItsEdges() {
        DBCluster orders = cluster("orders-prod");
        Instant earliest = orders.earliestRestorableTime();
        Instant latest = orders.latestRestorableTime();

        assertThatThrownBy(() -> restore("too-early", earliest.minusMillis(1))).isInstanceOf(InvalidRestoreException.class)
                .hasMessageContaining(earliest.toString()).hasMessageContaining(latest.toString())
                .satisfies(e -> assertThat(((RdsException) e).awsErrorDetails().errorCode()).isEqualTo("InvalidRestoreFault"));
        assertThatThrownBy(() -> restore("too-late", latest.plusSeconds(1))).isInstanceOf(InvalidRestoreException.class);
        assertThatCode(() -> restore("at-earliest", earliest)).doesNotThrowAnyException();
        assertThatCode(() -> restore("at-latest", latest)).doesNotThrowAnyException();
        assertThat(cluster("orders-prod").status()).isEqualTo("available");
    }

    @Test
    void restoreRefusesBadIdentifiersCollisionsAndAmbiguousTimes() {
        Instant t = T0.minus(Duration.ofDays(1));
        for (String bad : List.of("1orders", "orders--copy", "orders-", "", "a".repeat(64), "orders_copy")) {
            assertThatThrownBy(() -> restore(bad, t)).as(bad).isInstanceOf(RdsException.class)
                    .satisfies(e -> assertThat(((RdsException) e).awsErrorDetails().errorCode())
                            .isEqualTo("InvalidParameterValue"));
        }
        assertThatThrownBy(() -> restore("billing-prod", t)).isInstanceOf(DbClusterAlreadyExistsException.class);
        assertThatThrownBy(() -> rds.restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("orders-prod")
                .dbClusterIdentifier("both").restoreToTime(t).useLatestRestorableTime(true)))
                .isInstanceOf(RdsException.class)
                .satisfies(e -> assertThat(((RdsException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidParameterCombination"));
        assertThatThrownBy(() -> rds.restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("missing")
                .dbClusterIdentifier("x").useLatestRestorableTime(true))).isInstanceOf(DbClusterNotFoundException.class);
    }

    @Test
    void restoreThenCreateInstancesUntilEverythingIsAvailable() {
        DBCluster restored = rds.restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("orders-prod")
                .dbClusterIdentifier("Orders-Restored").useLatestRestorableTime(true).restoreType("copy-on-write")
                .vpcSecurityGroupIds(RdsNetwork.ORDERS_DB_SG).dbClusterParameterGroupName("orders-prod-cluster-params")
                .tags(Tag.builder().key("RestoredBy").value("lifeboat").build())).dbCluster();

        assertThat(restored.dbClusterIdentifier()).isEqualTo("orders-restored");
        assertThat(restored.status()).isEqualTo("creating");
        assertThat(restored.dbClusterMembers()).isEmpty();
        assertThat(restored.earliestRestorableTime()).isNull();
        assertThat(restored.dbSubnetGroup()).isEqualTo("prod-db-subnets");
        assertThat(restored.kmsKeyId()).isEqualTo(RdsSeed.KMS_KEY);
        assertThat(restored.deletionProtection()).isFalse();
        assertThatThrownBy(() -> createInstance("orders-restored-1")).isInstanceOf(InvalidDbClusterStateException.class);

        advance(59);
        assertThat(cluster("orders-restored").status()).isEqualTo("creating");
        advance(1);
        DBCluster available = cluster("orders-restored");
        assertThat(available.status()).isEqualTo("available");
        assertThat(available.earliestRestorableTime()).isNotNull();
        assertThat(available.latestRestorableTime()).isNotNull();

        DBInstance writer = createInstance("orders-restored-1");
        advance(10);
        createInstance("orders-restored-2");
        assertThat(writer.dbInstanceStatus()).isEqualTo("creating");
        assertThat(writer.endpoint()).isNull();
        advance(170);
        assertThat(instance("orders-restored-1").dbInstanceStatus()).isEqualTo("available");
        assertThat(instance("orders-restored-2").dbInstanceStatus()).isEqualTo("creating");
        advance(10);
        assertThat(instance("orders-restored-2").dbInstanceStatus()).isEqualTo("available");
        assertThat(cluster("orders-restored").dbClusterMembers())
                .extracting(DBClusterMember::dbInstanceIdentifier, DBClusterMember::isClusterWriter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders-restored-1", true),
                        org.assertj.core.groups.Tuple.tuple("orders-restored-2", false));
        assertThat(cluster("orders-prod").dbClusterMembers()).hasSize(2);
    }

    @Test
    void restoreWithoutSecurityGroupsGetsTheVpcDefaultGroupAndDefaultParameterGroup() {
        DBCluster restored = rds.restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("billing-prod")
                .dbClusterIdentifier("billing-drill").useLatestRestorableTime(true)).dbCluster();
        assertThat(restored.vpcSecurityGroups()).extracting(VpcSecurityGroupMembership::vpcSecurityGroupId)
                .containsExactly(RdsNetwork.PROD_VPC_DEFAULT_SG);
        assertThat(restored.dbClusterParameterGroup()).isEqualTo("default.aurora-postgresql15");
        advance(89);
        assertThat(cluster("billing-drill").status()).isEqualTo("creating");
        advance(1);
        assertThat(cluster("billing-drill").status()).isEqualTo("available");
    }

    @Test
    void plainInstanceRestoresThroughCreatingAndBackingUp() {
        DBInstance restored = rds.restoreDBInstanceToPointInTime(r -> r.sourceDBInstanceIdentifier("legacy-reporting")
                .targetDBInstanceIdentifier("legacy-reporting-drill").restoreTime(T0.minus(Duration.ofDays(2))))
                .dbInstance();
        assertThat(restored.dbInstanceStatus()).isEqualTo("creating");
        assertThat(restored.dbInstanceClass()).isEqualTo("db.m5.large");
        advance(300);
        assertThat(instance("legacy-reporting-drill").dbInstanceStatus()).isEqualTo("backing-up");
        advance(60);
        assertThat(instance("legacy-reporting-drill").dbInstanceStatus()).isEqualTo("available");
        assertThatThrownBy(() -> rds.restoreDBInstanceToPointInTime(r -> r.sourceDBInstanceIdentifier("legacy-reporting")
                .targetDBInstanceIdentifier("too-old").restoreTime(T0.minus(Duration.ofDays(8)))))
                .isInstanceOf(InvalidRestoreException.class);
        assertThatThrownBy(() -> rds.restoreDBInstanceToPointInTime(r -> r.sourceDBInstanceIdentifier("orders-prod-1")
                .targetDBInstanceIdentifier("member").useLatestRestorableTime(true))).isInstanceOf(RdsException.class);
    }

    @Test
    void subnetAndParameterGroupsAndThePlainInstancesRestoreWindow() {
        assertThat(rds.describeDBSubnetGroups(r -> r.dbSubnetGroupName("prod-db-subnets")).dbSubnetGroups().get(0).vpcId())
                .isEqualTo(RdsNetwork.PROD_VPC);
        assertThat(rds.describeDBClusterParameterGroupsPaginator(r -> r.maxRecords(20)).dbClusterParameterGroups()
                .stream().map(g -> g.dbClusterParameterGroupName()).toList())
                .contains("orders-prod-cluster-params", "default.aurora-mysql8.0");
        assertThat(rds.describeDBParameterGroups(r -> r.dbParameterGroupName("legacy-reporting-params"))
                .dbParameterGroups().get(0).dbParameterGroupFamily()).isEqualTo("mysql8.0");
        // DescribeDBInstances gives a plain instance's latest restorable time only; the start is in its automated backup.
        List<DBInstanceAutomatedBackup> backups = rds.describeDBInstanceAutomatedBackupsPaginator(r -> r.maxRecords(20))
                .dbInstanceAutomatedBackups().stream().toList();
        assertThat(backups).singleElement().satisfies(backup -> {
            assertThat(backup.dbInstanceIdentifier()).isEqualTo("legacy-reporting");
            assertThat(backup.restoreWindow().earliestTime()).isEqualTo(T0.minus(Duration.ofDays(7)));
            assertThat(backup.restoreWindow().latestTime()).isEqualTo(T0.minus(Duration.ofMinutes(5)));
        });
        assertThatThrownBy(() -> rds.describeDBInstanceAutomatedBackups(r -> r.dbInstanceIdentifier("nope")))
                .isInstanceOf(DbInstanceAutomatedBackupNotFoundException.class);
    }

    @Test
    void documentDbAndNeptuneClustersAreListedByTheRdsApiToo() {
        assertThat(rds.describeDBClustersPaginator(r -> r.maxRecords(20)).dbClusters().stream()
                .collect(java.util.stream.Collectors.toMap(DBCluster::dbClusterIdentifier, DBCluster::engine)))
                .containsEntry("catalog-docs", "docdb").containsEntry("graph-recs", "neptune")
                .containsEntry("orders-prod", "aurora-mysql");
        assertThat(instance("catalog-docs-1").engine()).isEqualTo("docdb");
    }

    @Test
    void aCloneIsAsOfNowAndInstancesNameTheirEngine() {
        assertThatThrownBy(() -> rds.restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("orders-prod")
                .dbClusterIdentifier("clone").restoreType("copy-on-write").restoreToTime(T0.minus(Duration.ofHours(1)))))
                .isInstanceOf(RdsException.class)
                .satisfies(e -> assertThat(((RdsException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidParameterCombination"));
        DBCluster clone = rds.restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("orders-prod")
                .dbClusterIdentifier("clone").restoreType("copy-on-write").useLatestRestorableTime(true)
                .copyTagsToSnapshot(true)).dbCluster();
        assertThat(clone.copyTagsToSnapshot()).isTrue();
        assertThat(cluster("orders-prod").copyTagsToSnapshot()).isFalse();
        advance(60);
        assertThatThrownBy(() -> rds.createDBInstance(r -> r.dbInstanceIdentifier("clone-1").dbClusterIdentifier("clone")
                .dbInstanceClass("db.r6g.large"))).isInstanceOf(RdsException.class).hasMessageContaining("Engine");
    }

    @Test
    void createdClustersPageWithThePaginator() {
        SandboxAccount empty = SandboxAccount.empty(SandboxClock.manual(T0));
        RdsClient fresh = new SandboxServiceClients(empty).rds("eu-west-1");
        for (int i = 0; i < 25; i++) {
            int n = i;
            fresh.createDBCluster(r -> r.dbClusterIdentifier("c-" + n).engine("aurora-postgresql").masterUsername("pg")
                    .masterUserPassword("secret-password"));
        }
        assertThat(fresh.describeDBClusters(r -> r.maxRecords(20)).marker()).isNotNull();
        assertThat(fresh.describeDBClustersPaginator(r -> r.maxRecords(20)).dbClusters().stream().count()).isEqualTo(25);
        assertThat(fresh.describeDBClusters(r -> r.dbClusterIdentifier("c-0")).dbClusters().get(0).status())
                .isEqualTo("creating");
    }

    private void restore(String id, Instant time) {
        rds.restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("orders-prod").dbClusterIdentifier(id)
                .restoreToTime(time));
    }

    private DBInstance createInstance(String id) {
        String cluster = id.substring(0, id.lastIndexOf('-'));
        return rds.createDBInstance(r -> r.dbInstanceIdentifier(id).dbClusterIdentifier(cluster)
                .dbInstanceClass("db.r6g.large").engine(cluster.startsWith("billing") ? "aurora-postgresql" : "aurora-mysql"))
                .dbInstance();
    }
}
