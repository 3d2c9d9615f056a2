package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.rds.RdsNetwork;
import io.lifeboat.aws.sandbox.rds.RdsSeed;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.SandboxConnections;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The databases a restore can start from, as ClusterCatalog lists them from the demo sandbox: with
 * their members, windows and the settings a restore copies; in three paginated listings per region.
 */
class ClusterCatalogTest {

    private static final String REGION = "eu-west-3";
    private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    private final SandboxClock clock = SandboxClock.manual(NOW);
    private final Connection connection = SandboxConnections.connect(SandboxAccount.withDemoFleet(clock), REGION, false);
    private final ClusterCatalog catalog = new ClusterCatalog(connection.clients());

    @AfterEach
    void close() {
        connection.close();
    }

    private ClusterSummary listed(String id) {
        return catalog.list(REGION, TaskContext.NONE).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyDatabaseOfTheRegionInThreeListings() {
        connection.calls().reset();
        List<ClusterSummary> all = catalog.list(REGION, TaskContext.NONE);

        assertThat(all).extracting(ClusterSummary::id).containsExactly("billing-prod", "catalog-docs", "graph-recs",
                "legacy-reporting", "orders-prod");
        assertThat(connection.calls().snapshot()).containsOnlyKeys("rds:DescribeDBInstances", "rds:DescribeDBClusters",
                "rds:DescribeDBInstanceAutomatedBackups").containsValues(1L);
    }

    @Test
    void anAuroraClusterWithItsMembersWindowAndSettings() {
        ClusterSummary orders = listed("orders-prod");

        assertThat(orders.cluster()).isTrue();
        assertThat(orders.supported()).isTrue();
        assertThat(orders.kind()).isEqualTo("Aurora MySQL cluster");
        assertThat(orders.engine() + " " + orders.engineVersion()).isEqualTo("aurora-mysql 8.0.mysql_aurora.3.05.2");
        assertThat(orders.endpoint()).isEqualTo("orders-prod.cluster-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com");
        assertThat(orders.readerEndpoint()).isEqualTo("orders-prod.cluster-ro-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com");
        assertThat(orders.port()).isEqualTo(3306);
        assertThat(orders.backupRetentionDays()).isEqualTo(7);
        assertThat(orders.window()).isEqualTo(new RestoreWindow("orders-prod", NOW.minus(Duration.ofDays(7)),
                NOW.minus(Duration.ofMinutes(5))));
        assertThat(orders.members()).containsExactly(
                new ClusterSummary.Member("orders-prod-1", "db.r6g.large", true, "available", "orders-prod-instance-params"),
                new ClusterSummary.Member("orders-prod-2", "db.r6g.large", false, "available", "orders-prod-instance-params"));
        assertThat(orders.writer().orElseThrow().id()).isEqualTo("orders-prod-1");
        assertThat(orders.settings()).isEqualTo(new SourceSettings("prod-db-subnets", RdsNetwork.PROD_VPC,
                List.of(RdsNetwork.ORDERS_DB_SG), "orders-prod-cluster-params", "orders-prod-instance-params",
                "db.r6g.large", RdsSeed.KMS_KEY, true, false, Map.of("Env", "prod", "App", "orders", "CostCenter", "platform")));
        assertThat(listed("billing-prod").members().get(0).instanceClass()).isEqualTo("db.r6g.xlarge");
    }

    @Test
    void aPlainInstanceGetsTheStartOfItsWindowFromItsAutomatedBackup() {
        ClusterSummary legacy = listed("legacy-reporting");

        assertThat(legacy.cluster()).isFalse();
        assertThat(legacy.kind()).isEqualTo("RDS instance");
        assertThat(legacy.window()).isEqualTo(new RestoreWindow("legacy-reporting", NOW.minus(Duration.ofDays(7)),
                NOW.minus(Duration.ofMinutes(5))));
        assertThat(legacy.members()).singleElement().satisfies(m -> assertThat(m.instanceClass()).isEqualTo("db.m5.large"));
        assertThat(legacy.settings().clusterParameterGroup()).isNull();
        assertThat(legacy.settings().securityGroupIds()).containsExactly(RdsNetwork.REPORTING_DB_SG);
        assertThat(legacy.endpoint()).startsWith("legacy-reporting.");
    }

    @Test
    void documentDbAndNeptuneAreListedAsNotSupported() {
        assertThat(listed("catalog-docs").unsupported()).contains(
                "Amazon DocumentDB cluster: restore it with the DocumentDB console or API");
        assertThat(listed("graph-recs").unsupported()).get().asString().contains("Neptune");
        assertThat(listed("graph-recs").kind()).isEqualTo("Neptune cluster");
    }

    @Test
    void oneSourceReadAgainByItsName() {
        clock.advance(Duration.ofHours(1));
        assertThat(catalog.find(REGION, "Orders-Prod", TaskContext.NONE).latestRestorableTime())
                .isEqualTo(NOW.plus(Duration.ofHours(1)).minus(Duration.ofMinutes(5)));
        assertThat(catalog.find(REGION, "legacy-reporting", TaskContext.NONE).earliestRestorableTime()).isNotNull();
        assertThatThrownBy(() -> catalog.find(REGION, "orders-prod-1", TaskContext.NONE)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("is an instance of the Aurora cluster orders-prod");
        assertThatThrownBy(() -> catalog.find(REGION, "ordres-prod", TaskContext.NONE)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("No Aurora cluster or RDS instance named ordres-prod in eu-west-3");
    }

    @Test
    void manyClustersComeAcrossPages() {
        SandboxAccount empty = SandboxAccount.empty(SandboxClock.manual(NOW));
        try (Connection fresh = SandboxConnections.connect(empty, "eu-west-1", false)) {
            for (int i = 0; i < 130; i++) {
                int n = i;
                fresh.clients().rds("eu-west-1").createDBCluster(r -> r.dbClusterIdentifier("c-" + n)
                        .engine("aurora-postgresql").masterUsername("pg").masterUserPassword("secret-password"));
            }
            fresh.calls().reset();
            assertThat(new ClusterCatalog(fresh.clients()).list("eu-west-1", TaskContext.NONE)).hasSize(130);
            assertThat(fresh.calls().count("DescribeDBClusters")).isEqualTo(2);
        }
    }
}
