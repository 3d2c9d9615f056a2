package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoDatabases;
import io.lifeboat.testing.MotoExtension.Moto;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.NoSuchChangeException;
import software.amazon.awssdk.services.route53.model.Route53Exception;

/**
 * The restore job scenario on Moto 5.2.1, with the real SDK clients. Moto gaps, each covered on the
 * sandbox (RestoreJobSandboxTest, ClusterCatalogTest, SandboxRdsTest, SandboxRoute53Test): no
 * validation of the restore time (shown below; Lifeboat checks it first), no identifier rules, every
 * state is available at once (no waits to see) and every change INSYNC, GetChange of an unknown id is
 * a bare 404 rather than NoSuchChange, plain instances' automated backups carry no RestoreWindow, and DocumentDB clusters cannot be made through RDS.
 */
@ContractTest
class RestoreJobContractTest extends RestoreJobScenario {

    private Connection connection;
    private MotoDatabases databases;

    @BeforeEach
    void connect(Moto moto) {
        databases = MotoDatabases.create(moto.server().endpoint());
        connection = moto.connect(MotoDatabases.REGION);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    Source source() {
        return new Source(MotoDatabases.REGION, databases.source(), "myproject.io/mydatabase", databases.endpoint());
    }

    @Override
    WaitPace pace() {
        return WaitPace.every(Duration.ofMillis(20));
    }

    @Test
    void motoGap_aRestoreTimeOutsideTheWindowIsAcceptedByMotoWhichIsWhyLifeboatChecksFirst() {
        connection.clients().rds(MotoDatabases.REGION).restoreDBClusterToPointInTime(r -> r
                .sourceDBClusterIdentifier(databases.source()).dbClusterIdentifier("from-2001")
                .restoreToTime(Instant.parse("2001-01-01T00:00:00Z")));
        assertThat(connection.clients().rds(MotoDatabases.REGION).describeDBClusters(r -> r.dbClusterIdentifier("from-2001"))
                .dbClusters()).hasSize(1);
    }

    /** Moto gap: AWS answers NoSuchChange; Moto a bare 404 (the job treats both as a change to send again). */
    @Test
    void motoGap_getChangeOfAnUnknownIdIsABare404() {
        assertThatThrownBy(() -> connection.clients().route53().getChange(r -> r.id("/change/CNOSUCHCHANGE")))
                .isInstanceOf(Route53Exception.class).isNotInstanceOf(NoSuchChangeException.class)
                .satisfies(e -> assertThat(((Route53Exception) e).statusCode()).isEqualTo(404));
    }

    @Test
    void aNeptuneClusterTheRdsApiListsIsShownAsNotSupported() {
        connection.clients().rds(MotoDatabases.REGION).createDBCluster(r -> r.dbClusterIdentifier("graph-recs").engine("neptune"));
        assertThat(new ClusterCatalog(connection.clients()).list(MotoDatabases.REGION, TaskContext.NONE))
                .filteredOn(c -> c.id().equals("graph-recs")).singleElement()
                .satisfies(c -> assertThat(c.unsupported()).get().asString().contains("Neptune"));
    }
}
