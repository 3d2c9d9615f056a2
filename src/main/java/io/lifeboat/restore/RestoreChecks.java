package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DbClusterNotFoundException;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;

/**
 * A plan checked against the account just before it starts, with reads only: the source read again
 * and its window checked (RDS would refuse a time outside it, emulators would not), the new names
 * free, the subnet group there, and no VPC default security group the source did not use. The GUI
 * and the command line both start through {@link #require}, so neither sends anything for a plan
 * that would fail or surprise.
 */
public final class RestoreChecks {

    private final ServiceClients clients;
    private final ClusterCatalog catalog;
    private final TargetCatalog targets;

    public RestoreChecks(ServiceClients clients) {
        this.clients = clients;
        this.catalog = new ClusterCatalog(clients);
        this.targets = new TargetCatalog(clients);
    }

    /** @throws ProblemException naming every problem found, the first one's code */
    public ClusterSummary require(RestorePlan plan, TaskContext context) {
        List<String> rules = PlanRules.problems(plan);
        if (!rules.isEmpty()) {
            throw refused("InvalidRestorePlan", rules);
        }
        ClusterSummary source = catalog.find(plan.region(), plan.sourceId(), context);
        source.unsupported().ifPresent(why -> {
            throw refused("UnsupportedSource", List.of(source.id() + ": " + why + "."));
        });
        source.window().check(plan.time());
        context.checkCancelled();
        List<String> problems = new ArrayList<>();
        collisions(plan).forEach(problems::add);
        securityGroups(plan, source).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw refused("InvalidRestorePlan", problems);
        }
        return source;
    }

    private List<String> collisions(RestorePlan plan) {
        RdsClient rds = clients.rds(plan.region());
        List<String> taken = new ArrayList<>();
        if (plan.cluster()) {
            try {
                rds.describeDBClusters(r -> r.dbClusterIdentifier(plan.targetId()));
                taken.add("A cluster named " + plan.targetId() + " already exists in " + plan.region() + ".");
            } catch (DbClusterNotFoundException free) {
                // as it should be
            }
        }
        List<String> instances = plan.cluster() ? plan.instances().stream().map(NewInstance::id).toList()
                : List.of(plan.targetId());
        for (String id : instances) {
            try {
                rds.describeDBInstances(r -> r.dbInstanceIdentifier(id));
                taken.add("An instance named " + id + " already exists in " + plan.region() + ".");
            } catch (DbInstanceNotFoundException free) {
                // as it should be
            }
        }
        return taken;
    }

    /** The VPC's default group only where the source has it ({@link PlanRules#defaultGroupProblem}). */
    private Optional<String> securityGroups(RestorePlan plan, ClusterSummary source) {
        String subnetGroup = plan.settings().subnetGroup();
        Optional<String> vpc = targets.vpcOf(plan.region(), subnetGroup);
        if (vpc.isEmpty()) {
            return Optional.of("There is no DB subnet group named " + subnetGroup + " in " + plan.region() + ".");
        }
        String defaultGroup = targets.defaultSecurityGroup(plan.region(), vpc.get()).orElse(null);
        return PlanRules.defaultGroupProblem(plan.settings().securityGroupIds(), source, vpc.get(), defaultGroup);
    }

    private static ProblemException refused(String code, List<String> problems) {
        return new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, code, String.join(" ", problems), null));
    }
}
