package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.tasks.TaskContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DbClusterAlreadyExistsException;
import software.amazon.awssdk.services.rds.model.DbClusterNotFoundException;
import software.amazon.awssdk.services.rds.model.DbInstanceAlreadyExistsException;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * The RDS steps of a job. Each is safe to run again: before creating anything it looks for what it
 * would create, and a resource carrying this job's tag is taken as made by an earlier attempt (a
 * crash between the call and recording it); one without the tag is someone else's, and the step fails.
 */
final class DatabaseSteps {

    /** States a cluster or an instance does not come back from by waiting (the SDK waiters' list, and two more). */
    private static final Set<String> DEAD_ENDS = Set.of("deleted", "deleting", "failed", "incompatible-restore",
            "incompatible-parameters", "incompatible-network", "inaccessible-encryption-credentials");

    private final RdsClient rds;
    private final RestorePlan plan;
    private final WaitPace pace;

    DatabaseSteps(RdsClient rds, RestorePlan plan, WaitPace pace) {
        this.rds = rds;
        this.plan = plan;
        this.pace = pace;
    }

    String restoreCluster() {
        Optional<DBCluster> existing = cluster(plan.targetId());
        if (existing.isPresent()) {
            return adopted(existing.get().tagList(), "cluster", plan.targetId(), existing.get().status());
        }
        try {
            return "restore started (" + rds.restoreDBClusterToPointInTime(RestoreRequests.restoreCluster(plan))
                    .dbCluster().status() + ")";
        } catch (DbClusterAlreadyExistsException raced) {
            DBCluster now = cluster(plan.targetId()).orElseThrow(() -> raced);
            return adopted(now.tagList(), "cluster", plan.targetId(), now.status());
        }
    }

    String waitForCluster(TaskContext context, JobProgress progress, int step) {
        DBCluster cluster = Polling.until(DBCluster.class, pace.forDatabase(), context, () -> {
            DBCluster c = cluster(plan.targetId()).orElseThrow(() -> gone("cluster"));
            progress.detail(step, "cluster " + c.status());
            return c;
        }, c -> "available".equals(c.status()), c -> deadEnd("Cluster " + plan.targetId(), c.status()),
                plan.targetId() + " to be available");
        return "cluster available at " + cluster.endpoint();
    }

    String createInstance(NewInstance instance) {
        Optional<DBInstance> existing = instance(instance.id());
        if (existing.isPresent()) {
            if (!plan.targetId().equals(existing.get().dbClusterIdentifier())) {
                throw notOurs("instance", instance.id());
            }
            return adopted(existing.get().tagList(), "instance", instance.id(), existing.get().dbInstanceStatus());
        }
        try {
            return "create started (" + rds.createDBInstance(RestoreRequests.createInstance(plan, instance))
                    .dbInstance().dbInstanceStatus() + ")";
        } catch (DbInstanceAlreadyExistsException raced) {
            DBInstance now = instance(instance.id()).orElseThrow(() -> raced);
            return adopted(now.tagList(), "instance", instance.id(), now.dbInstanceStatus());
        }
    }

    String restoreInstance() {
        Optional<DBInstance> existing = instance(plan.targetId());
        if (existing.isPresent()) {
            return adopted(existing.get().tagList(), "instance", plan.targetId(), existing.get().dbInstanceStatus());
        }
        try {
            return "restore started (" + rds.restoreDBInstanceToPointInTime(RestoreRequests.restoreInstance(plan))
                    .dbInstance().dbInstanceStatus() + ")";
        } catch (DbInstanceAlreadyExistsException raced) {
            DBInstance now = instance(plan.targetId()).orElseThrow(() -> raced);
            return adopted(now.tagList(), "instance", plan.targetId(), now.dbInstanceStatus());
        }
    }

    /** Until every instance of the plan is available: the cluster alone being available is not enough. */
    String waitForInstances(TaskContext context, JobProgress progress, int step) {
        List<String> wanted = plan.cluster() ? plan.instances().stream().map(NewInstance::id).toList()
                : List.of(plan.targetId());
        Members done = Polling.until(Members.class, pace.forDatabase(), context, () -> {
            Members members = new Members(instances().stream()
                    .filter(i -> wanted.contains(i.dbInstanceIdentifier())).toList());
            progress.detail(step, members.available() + " of " + wanted.size()
                    + (wanted.size() == 1 ? " instance" : " instances") + " available");
            return members;
        }, members -> members.available() == wanted.size(), Members::deadEnd,
                "every instance of " + plan.targetId() + " to be available");
        return done.instances().size() == 1 ? "available at " + endpointOf(done.instances().get(0))
                : wanted.size() + " instances available";
    }

    /** The plan's instances as one poll found them. */
    private record Members(List<DBInstance> instances) {

        long available() {
            return instances.stream().filter(i -> "available".equals(i.dbInstanceStatus())).count();
        }

        String deadEnd() {
            return instances.stream().map(i -> DatabaseSteps.deadEnd("Instance " + i.dbInstanceIdentifier(),
                    i.dbInstanceStatus())).filter(Objects::nonNull).findFirst().orElse(null);
        }
    }

    /** The address applications should use: the cluster's writer endpoint, or the instance's. */
    String writerEndpoint() {
        if (plan.cluster()) {
            return cluster(plan.targetId()).orElseThrow(() -> gone("cluster")).endpoint();
        }
        return endpointOf(instance(plan.targetId()).orElseThrow(() -> gone("instance")));
    }

    private List<DBInstance> instances() {
        if (!plan.cluster()) {
            return instance(plan.targetId()).map(List::of).orElseThrow(() -> gone("instance"));
        }
        return rds.describeDBInstancesPaginator(r -> r.maxRecords(ClusterCatalog.PAGE)
                .filters(f -> f.name("db-cluster-id").values(plan.targetId()))).dbInstances().stream().toList();
    }

    private Optional<DBCluster> cluster(String id) {
        try {
            return rds.describeDBClusters(r -> r.dbClusterIdentifier(id)).dbClusters().stream().findFirst();
        } catch (DbClusterNotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<DBInstance> instance(String id) {
        try {
            return rds.describeDBInstances(r -> r.dbInstanceIdentifier(id)).dbInstances().stream().findFirst();
        } catch (DbInstanceNotFoundException e) {
            return Optional.empty();
        }
    }

    private String adopted(List<Tag> tags, String what, String id, String status) {
        boolean ours = tags.stream().anyMatch(t -> t.key().equals(RestorePlan.JOB_TAG) && t.value().equals(plan.jobId()));
        if (!ours) {
            throw notOurs(what, id);
        }
        return "found, made by this job before (" + status + ")";
    }

    private ProblemException notOurs(String what, String id) {
        return new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, "AlreadyExists", "A " + what + " named "
                + id + " already exists and was not made by this job (it has no "
                + RestorePlan.JOB_TAG + "=" + plan.jobId() + " tag).", "Start a new restore with another identifier."));
    }

    private ProblemException gone(String what) {
        return new ProblemException(new Problem(Problem.Kind.NOT_FOUND, "NotFound", "The restored " + what + " "
                + plan.targetId() + " no longer exists.", "Start a new restore."));
    }

    private static String deadEnd(String what, String status) {
        return status != null && DEAD_ENDS.contains(status) ? what + " is " + status + ": it will not become available."
                : null;
    }

    private static String endpointOf(DBInstance instance) {
        return instance.endpoint() == null ? "" : instance.endpoint().address();
    }
}
