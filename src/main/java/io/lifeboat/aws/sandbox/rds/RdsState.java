package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.SandboxAccount;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One region's RDS behind one lock: clusters, instances, subnet groups and parameter groups. Every
 * region has a default subnet group and the default parameter groups.
 */
public final class RdsState {

    /** A subnet group: the VPC, its subnets by zone, and that VPC's default security group. */
    record SubnetGroup(String name, String description, String vpcId, Map<String, String> subnetsByZone,
                       String defaultSecurityGroup) {
    }

    /** A DB or DB cluster parameter group. */
    record ParameterGroup(String name, String family, String description) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    final String region;
    final Map<String, ClusterRecord> clusters = new TreeMap<>();
    final Map<String, InstanceRecord> instances = new TreeMap<>();
    final Map<String, SubnetGroup> subnetGroups = new TreeMap<>();
    final Map<String, ParameterGroup> clusterParameterGroups = new TreeMap<>();
    final Map<String, ParameterGroup> parameterGroups = new TreeMap<>();

    private RdsState(String region) {
        this.region = region;
        subnetGroups.put("default", new SubnetGroup("default", "default", RdsNetwork.DEFAULT_VPC,
                Map.of(region + "a", "subnet-0d1a2b3c4d5e6f701", region + "b", "subnet-0d1a2b3c4d5e6f702",
                        region + "c", "subnet-0d1a2b3c4d5e6f703"), RdsNetwork.DEFAULT_VPC_DEFAULT_SG));
        for (String family : List.of("aurora-mysql8.0", "aurora-postgresql15")) {
            clusterParameterGroups.put("default." + family, new ParameterGroup("default." + family, family,
                    "Default cluster parameter group for " + family));
        }
        for (String family : List.of("aurora-mysql8.0", "aurora-postgresql15", "mysql8.0")) {
            parameterGroups.put("default." + family, new ParameterGroup("default." + family, family,
                    "Default parameter group for " + family));
        }
    }

    public static RdsState of(SandboxAccount account, String region) {
        return account.state(RdsState.class, region, RdsState::new);
    }

    /** The groups a create or restore gave, or (as RDS does when it gives none) its VPC's default group. */
    List<String> securityGroups(List<String> given, String subnetGroup) {
        return given == null || given.isEmpty() ? List.of(subnetGroups.get(subnetGroup).defaultSecurityGroup())
                : List.copyOf(given);
    }

    <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }
}
