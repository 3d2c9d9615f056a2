package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.Filter;

/**
 * The point-in-time restore's RDS calls on any backend: a source cluster with a restorable window,
 * a restore into a new cluster, an instance created into it, everything available in the end.
 */
abstract class RdsRestoreScenario {

    static final String REGION = "eu-west-3";

    abstract Connection connection();

    abstract void elapse(Duration duration);

    RdsClient rds() {
        return connection().clients().rds(REGION);
    }

    DBCluster cluster(String id) {
        return rds().describeDBClusters(r -> r.dbClusterIdentifier(id)).dbClusters().get(0);
    }

    @Test
    void restoreToTheLatestTimeThenCreateAnInstanceIntoTheNewCluster() {
        rds().createDBCluster(r -> r.dbClusterIdentifier("scenario-source").engine("aurora-mysql")
                .masterUsername("admin").masterUserPassword("Scenario-Passw0rd").backupRetentionPeriod(7));
        elapse(Duration.ofMinutes(10));

        DBCluster source = cluster("scenario-source");
        assertThat(source.status()).isEqualTo("available");
        assertThat(source.earliestRestorableTime()).isNotNull();
        assertThat(source.latestRestorableTime()).isNotNull()
                .isAfterOrEqualTo(source.earliestRestorableTime());

        DBCluster restored = rds().restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("scenario-source")
                .dbClusterIdentifier("scenario-restored").useLatestRestorableTime(true)).dbCluster();
        assertThat(restored.dbClusterIdentifier()).isEqualTo("scenario-restored");
        assertThat(restored.engine()).isEqualTo("aurora-mysql");
        elapse(Duration.ofMinutes(3));
        assertThat(cluster("scenario-restored").status()).isEqualTo("available");

        rds().createDBInstance(r -> r.dbInstanceIdentifier("scenario-restored-1").dbClusterIdentifier("scenario-restored")
                .dbInstanceClass("db.r6g.large").engine("aurora-mysql"));
        elapse(Duration.ofMinutes(5));

        List<DBInstance> members = rds().describeDBInstancesPaginator(r -> r.filters(Filter.builder()
                .name("db-cluster-id").values("scenario-restored").build())).dbInstances().stream().toList();
        assertThat(members).extracting(DBInstance::dbInstanceIdentifier).containsExactly("scenario-restored-1");
        assertThat(members.get(0).dbInstanceStatus()).isEqualTo("available");
        assertThat(members.get(0).dbClusterIdentifier()).isEqualTo("scenario-restored");
        assertThat(cluster("scenario-restored").dbClusterMembers()).extracting(DBClusterMember::dbInstanceIdentifier)
                .containsExactly("scenario-restored-1");
        assertThat(cluster("scenario-source").dbClusterMembers()).isEmpty();
    }
}
