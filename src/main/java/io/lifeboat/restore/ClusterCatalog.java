package io.lifeboat.restore;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.DBInstance;

/**
 * The databases that can be restored to a point in time: Aurora clusters with their members, and
 * plain RDS instances. One paginated DescribeDBClusters and one DescribeDBInstances per region.
 */
public final class ClusterCatalog {

    static final int PAGE = 100;

    private final ServiceClients clients;

    public ClusterCatalog(ServiceClients clients) {
        this.clients = clients;
    }

    public List<ClusterSummary> list(String region, TaskContext context) {
        RdsClient rds = clients.rds(region);
        Map<String, DBInstance> instances = new HashMap<>();
        for (var page : rds.describeDBInstancesPaginator(r -> r.maxRecords(PAGE))) {
            context.checkCancelled();
            page.dbInstances().forEach(i -> instances.put(i.dbInstanceIdentifier(), i));
        }
        List<ClusterSummary> result = new ArrayList<>();
        for (var page : rds.describeDBClustersPaginator(r -> r.maxRecords(PAGE))) {
            context.checkCancelled();
            page.dbClusters().forEach(c -> result.add(cluster(region, c, instances)));
        }
        instances.values().stream().filter(i -> i.dbClusterIdentifier() == null)
                .forEach(i -> result.add(plain(region, i)));
        result.sort(Comparator.comparing(ClusterSummary::id));
        return result;
    }

    private static ClusterSummary cluster(String region, DBCluster c, Map<String, DBInstance> instances) {
        List<ClusterSummary.Member> members = new ArrayList<>();
        for (DBClusterMember m : c.dbClusterMembers()) {
            DBInstance instance = instances.get(m.dbInstanceIdentifier());
            members.add(new ClusterSummary.Member(m.dbInstanceIdentifier(),
                    instance == null ? "" : instance.dbInstanceClass(), Boolean.TRUE.equals(m.isClusterWriter()),
                    instance == null ? "" : instance.dbInstanceStatus()));
        }
        members.sort(Comparator.comparing((ClusterSummary.Member m) -> !m.writer()).thenComparing(ClusterSummary.Member::id));
        return new ClusterSummary(region, c.dbClusterIdentifier(), true, c.engine(), c.engineVersion(), c.status(),
                c.endpoint(), c.backupRetentionPeriod() == null ? 0 : c.backupRetentionPeriod(),
                c.earliestRestorableTime(), c.latestRestorableTime(), members);
    }

    private static ClusterSummary plain(String region, DBInstance i) {
        return new ClusterSummary(region, i.dbInstanceIdentifier(), false, i.engine(), i.engineVersion(),
                i.dbInstanceStatus(), i.endpoint() == null ? null : i.endpoint().address(),
                i.backupRetentionPeriod() == null ? 0 : i.backupRetentionPeriod(), null, i.latestRestorableTime(),
                List.of(new ClusterSummary.Member(i.dbInstanceIdentifier(), i.dbInstanceClass(), true,
                        i.dbInstanceStatus())));
    }
}
