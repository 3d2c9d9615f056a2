package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBInstanceAutomatedBackup;
import software.amazon.awssdk.services.rds.model.DbClusterNotFoundException;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;

/**
 * The databases that can be restored to a point in time: Aurora clusters with their members, and
 * plain RDS instances (DocumentDB and Neptune clusters come too, marked unsupported). One paginated
 * DescribeDBInstances and one DescribeDBClusters per region, and for plain instances one paginated
 * DescribeDBInstanceAutomatedBackups, the only place their window's start is given.
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
            page.dbClusters().forEach(c -> result.add(SourceConverters.cluster(region, c, instances)));
        }
        List<DBInstance> plain = instances.values().stream().filter(i -> i.dbClusterIdentifier() == null).toList();
        Map<String, Instant> earliest = plain.isEmpty() ? Map.of() : earliestTimes(rds, null, context);
        plain.forEach(i -> result.add(SourceConverters.plain(region, i, earliest.get(i.dbInstanceIdentifier()))));
        result.sort(Comparator.comparing(ClusterSummary::id));
        return result;
    }

    /** One source, read again now (its window moves): for a plan's checks and the command line. */
    public ClusterSummary find(String region, String id, TaskContext context) {
        RdsClient rds = clients.rds(region);
        String wanted = DbIdentifiers.normalize(id);
        try {
            DBCluster cluster = rds.describeDBClusters(r -> r.dbClusterIdentifier(wanted)).dbClusters().get(0);
            context.checkCancelled();
            Map<String, DBInstance> members = new HashMap<>();
            rds.describeDBInstancesPaginator(r -> r.maxRecords(PAGE).filters(f -> f.name("db-cluster-id").values(wanted)))
                    .dbInstances().forEach(i -> members.put(i.dbInstanceIdentifier(), i));
            return SourceConverters.cluster(region, cluster, members);
        } catch (DbClusterNotFoundException notACluster) {
            try {
                DBInstance instance = rds.describeDBInstances(r -> r.dbInstanceIdentifier(wanted)).dbInstances().get(0);
                if (instance.dbClusterIdentifier() != null) {
                    throw new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, "InstanceOfACluster", wanted
                            + " is an instance of the Aurora cluster " + instance.dbClusterIdentifier() + ".",
                            "Restore the cluster: --source " + instance.dbClusterIdentifier() + "."));
                }
                return SourceConverters.plain(region, instance, earliestTimes(rds, wanted, context).get(wanted));
            } catch (DbInstanceNotFoundException notAnInstance) {
                throw new ProblemException(new Problem(Problem.Kind.NOT_FOUND, "DBClusterNotFoundFault",
                        "No Aurora cluster or RDS instance named " + id + " in " + region + ".",
                        "Check the name and the region: the Restore view lists the databases of each region."),
                        notAnInstance);
            }
        }
    }

    /** The start of each plain instance's window, from its automated backups ({@code instance} alone, if given). */
    private static Map<String, Instant> earliestTimes(RdsClient rds, String instance, TaskContext context) {
        Map<String, Instant> earliest = new HashMap<>();
        for (var page : rds.describeDBInstanceAutomatedBackupsPaginator(r -> r.maxRecords(PAGE)
                .dbInstanceIdentifier(instance))) {
            context.checkCancelled();
            for (DBInstanceAutomatedBackup backup : page.dbInstanceAutomatedBackups()) {
                if (backup.restoreWindow() != null && backup.restoreWindow().earliestTime() != null
                        && !"retained".equals(backup.status())) {
                    earliest.put(backup.dbInstanceIdentifier(), backup.restoreWindow().earliestTime());
                }
            }
        }
        return earliest;
    }
}
