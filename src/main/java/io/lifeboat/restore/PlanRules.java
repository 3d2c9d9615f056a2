package io.lifeboat.restore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What can be said of a plan without asking AWS: identifiers, instances, the restore type, and
 * the two settings that must never be left to RDS's defaults.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** Every problem, in words; empty when the plan can be checked against the account. */
    public static List<String> problems(RestorePlan plan) {
        List<String> problems = new ArrayList<>();
        DbIdentifiers.problem(plan.targetId()).ifPresent(p -> problems.add("New identifier: " + p));
        if (plan.targetId() != null && plan.targetId().equals(plan.sourceId())) {
            problems.add("The new database needs a name of its own: a restore never replaces " + plan.sourceId() + ".");
        }
        if (plan.instances().isEmpty()) {
            problems.add(plan.cluster() ? "A restored cluster has no instance until one is created: add at least the writer."
                    : "The restored instance needs a class.");
        }
        Set<String> seen = new HashSet<>();
        for (NewInstance instance : plan.instances()) {
            if (plan.cluster()) {
                DbIdentifiers.problem(instance.id()).ifPresent(p -> problems.add("Instance: " + p));
                if (!seen.add(instance.id())) {
                    problems.add("Two instances are named " + instance.id() + ".");
                }
            }
            if (instance.instanceClass() == null || !instance.instanceClass().startsWith("db.")) {
                problems.add("Instance " + instance.id() + ": '" + instance.instanceClass()
                        + "' is not an instance class (db.r6g.large...).");
            }
        }
        if (plan.type() == RestoreType.COPY_ON_WRITE && !plan.time().latest()) {
            problems.add("A copy-on-write clone is made as of now: choose the latest restorable time, or a full copy.");
        }
        if (plan.type() == RestoreType.COPY_ON_WRITE && !plan.cluster()) {
            problems.add("Only Aurora clusters can be cloned; a plain instance is restored as a full copy.");
        }
        TargetSettings s = plan.settings();
        if (s.subnetGroup() == null || s.subnetGroup().isBlank()) {
            problems.add("Choose a DB subnet group.");
        }
        if (s.securityGroupIds().isEmpty()) {
            problems.add("Choose at least one security group: without any, RDS attaches the VPC's default group.");
        }
        if (s.port() < 1150 || s.port() > 65535) {
            problems.add("Port " + s.port() + " is outside 1150-65535.");
        }
        for (String key : s.tags().keySet()) {
            if (key.isBlank() || key.startsWith("aws:")) {
                problems.add("Tag key '" + key + "' cannot be set (empty, or reserved to AWS).");
            }
        }
        return problems;
    }

    /**
     * The VPC's default security group is the known trap of a restore (RDS attaches it when given none,
     * and whatever it lets in then reaches the restored data): allowed only when the source uses it.
     */
    public static Optional<String> defaultGroupProblem(List<String> chosen, ClusterSummary source, String vpc,
                                                       String defaultGroup) {
        if (defaultGroup == null || !chosen.contains(defaultGroup)
                || source.settings().securityGroupIds().contains(defaultGroup)) {
            return Optional.empty();
        }
        return Optional.of(defaultGroup + " is the default security group of " + vpc + ", which " + source.id()
                + " does not use: whatever that group lets in would reach the restored data. Keep the source's groups ("
                + String.join(", ", source.settings().securityGroupIds()) + ").");
    }
}
