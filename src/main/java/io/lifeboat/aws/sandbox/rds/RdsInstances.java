package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbInstanceToPointInTimeRequest;

/** DB instances: Aurora cluster members and plain RDS instances (created, restored to a point in time). */
public final class RdsInstances {

    /** Aurora members are creating for three minutes, then available. */
    static final Duration AURORA_CREATE = Duration.ofSeconds(180);
    /** Plain instances: creating, then backing-up for their first automated snapshot. */
    static final Duration PLAIN_CREATE = Duration.ofSeconds(150);
    static final Duration PLAIN_FIRST_BACKUP = Duration.ofSeconds(60);

    private final RdsState state;
    private final RdsModels models;

    public RdsInstances(RdsState state, String accountId) {
        this.state = state;
        this.models = new RdsModels(state, accountId);
    }

    public Pages.Page<DBInstance> describe(DescribeDbInstancesRequest request, Instant now) {
        Map<String, List<String>> filters = RdsPaging.filters(request.filters(), Set.of("db-cluster-id"));
        return state.locked(() -> {
            String wanted = RdsNames.fromArn(request.dbInstanceIdentifier(), "db");
            if (wanted != null && !state.instances.containsKey(wanted)) {
                throw RdsErrors.instanceNotFound(request.dbInstanceIdentifier());
            }
            List<DBInstance> matching = state.instances.values().stream()
                    .filter(i -> wanted == null || i.id.equals(wanted))
                    .map(i -> models.instance(i, now))
                    .filter(i -> matches(i, filters))
                    .toList();
            return RdsPaging.page(matching, request.maxRecords(), request.marker(), "DescribeDBInstances");
        });
    }

    public DBInstance create(CreateDbInstanceRequest request, Instant now) {
        String id = RdsNames.checkIdentifier(request.dbInstanceIdentifier(), "DBInstanceIdentifier");
        if (request.dbInstanceClass() == null) {
            throw RdsErrors.invalidParameterValue("The parameter DBInstanceClass must be provided.");
        }
        if (request.engine() == null) {
            throw RdsErrors.invalidParameterValue("The parameter Engine must be provided.");
        }
        return state.locked(() -> {
            if (state.instances.containsKey(id)) {
                throw RdsErrors.instanceAlreadyExists();
            }
            InstanceRecord i = new InstanceRecord();
            i.id = id;
            i.instanceClass = request.dbInstanceClass();
            i.createdAt = now;
            request.tags().forEach(t -> i.tags.put(t.key(), t.value()));
            if (request.dbClusterIdentifier() != null) {
                intoCluster(i, request, now);
            } else {
                plain(i, request, now);
            }
            i.parameterGroup = parameterGroup(request.dbParameterGroupName(), i.engine);
            state.instances.put(id, i);
            return models.instance(i, now);
        });
    }

    private void intoCluster(InstanceRecord i, CreateDbInstanceRequest request, Instant now) {
        String clusterId = RdsNames.fromArn(request.dbClusterIdentifier(), "cluster");
        ClusterRecord cluster = state.clusters.get(clusterId);
        if (cluster == null) {
            throw RdsErrors.clusterNotFound(request.dbClusterIdentifier());
        }
        if (!request.engine().equals(cluster.engine)) {
            throw RdsErrors.invalidParameterCombination("The engine " + request.engine()
                    + " does not match the engine of DB cluster " + clusterId + " (" + cluster.engine + ").");
        }
        if (!cluster.status(now).equals("available")) {
            throw RdsErrors.invalidClusterState("DB cluster " + clusterId + " is not in an available state ("
                    + cluster.status(now) + ").");
        }
        i.clusterId = clusterId;
        i.engine = cluster.engine;
        i.engineVersion = cluster.engineVersion;
        i.port = cluster.port;
        i.subnetGroup = cluster.subnetGroup;
        i.vpcSecurityGroupIds = cluster.vpcSecurityGroupIds;
        i.kmsKeyId = cluster.kmsKeyId;
        i.storageEncrypted = cluster.storageEncrypted;
        i.masterUsername = cluster.masterUsername;
        i.backupRetentionDays = cluster.backupRetentionDays;
        i.allocatedStorage = 1;
        i.storageType = "aurora";
        i.promotionTier = request.promotionTier() != null ? request.promotionTier() : 1;
        i.deletionProtection = false;
        int members = models.members(cluster).size();
        i.availabilityZone = request.availabilityZone() != null ? request.availabilityZone()
                : models.subnetGroup(cluster.subnetGroup).subnetsByZone().keySet().stream().sorted()
                .skip(members % 3).findFirst().orElse(state.region + "a");
        i.backingUpAt = now.plus(AURORA_CREATE);
        i.availableAt = i.backingUpAt;
    }

    private void plain(InstanceRecord i, CreateDbInstanceRequest request, Instant now) {
        if (request.engine().startsWith("aurora")) {
            throw RdsErrors.invalidParameterCombination("An Aurora instance needs a DBClusterIdentifier; a plain "
                    + "instance needs an engine such as mysql or postgres.");
        }
        i.engine = request.engine();
        i.engineVersion = request.engineVersion() != null ? request.engineVersion() : "8.0.35";
        i.port = request.port() != null ? request.port() : RdsClusters.defaultPort(i.engine);
        i.subnetGroup = request.dbSubnetGroupName() != null ? request.dbSubnetGroupName() : "default";
        if (!state.subnetGroups.containsKey(i.subnetGroup)) {
            throw RdsErrors.subnetGroupNotFound(i.subnetGroup);
        }
        i.vpcSecurityGroupIds = state.securityGroups(request.vpcSecurityGroupIds(), i.subnetGroup);
        i.storageEncrypted = Boolean.TRUE.equals(request.storageEncrypted());
        i.kmsKeyId = request.kmsKeyId();
        i.masterUsername = request.masterUsername();
        i.backupRetentionDays = request.backupRetentionPeriod() != null ? request.backupRetentionPeriod() : 1;
        i.allocatedStorage = request.allocatedStorage() != null ? request.allocatedStorage() : 20;
        i.storageType = request.storageType() != null ? request.storageType() : "gp3";
        i.deletionProtection = Boolean.TRUE.equals(request.deletionProtection());
        i.availabilityZone = request.availabilityZone() != null ? request.availabilityZone() : state.region + "a";
        i.backingUpAt = now.plus(PLAIN_CREATE);
        i.availableAt = i.backingUpAt.plus(PLAIN_FIRST_BACKUP);
    }

    /** Restores a plain instance into a new one; Aurora members are restored with their cluster instead. */
    public DBInstance restore(RestoreDbInstanceToPointInTimeRequest request, Instant now) {
        String id = RdsNames.checkIdentifier(request.targetDBInstanceIdentifier(), "TargetDBInstanceIdentifier");
        boolean latest = Boolean.TRUE.equals(request.useLatestRestorableTime());
        if (latest == (request.restoreTime() != null)) {
            throw RdsErrors.invalidParameterCombination(latest
                    ? "Cannot specify both RestoreTime and UseLatestRestorableTime."
                    : "You must specify either RestoreTime or UseLatestRestorableTime.");
        }
        return state.locked(() -> {
            String sourceId = RdsNames.fromArn(request.sourceDBInstanceIdentifier(), "db");
            InstanceRecord source = state.instances.get(sourceId);
            if (source == null) {
                throw RdsErrors.instanceNotFound(request.sourceDBInstanceIdentifier());
            }
            if (source.inCluster()) {
                throw RdsErrors.invalidParameterCombination("DB instance " + sourceId + " is a member of DB cluster "
                        + source.clusterId + ": restore the cluster with RestoreDBClusterToPointInTime.");
            }
            if (state.instances.containsKey(id)) {
                throw RdsErrors.instanceAlreadyExists();
            }
            Instant earliest = source.earliestRestorable(now);
            Instant latestTime = source.latestRestorable(now);
            if (earliest == null) {
                throw RdsErrors.invalidInstanceState("DB instance " + sourceId + " has no restorable time yet.");
            }
            Instant target = latest ? latestTime : request.restoreTime();
            if (target.isBefore(earliest) || target.isAfter(latestTime)) {
                throw RdsErrors.invalidRestore("The restore time " + target + " is not within the restorable window "
                        + "of DB instance " + sourceId + ": " + earliest + " to " + latestTime + ".");
            }
            InstanceRecord i = new InstanceRecord();
            i.id = id;
            i.instanceClass = request.dbInstanceClass() != null ? request.dbInstanceClass() : source.instanceClass;
            i.engine = source.engine;
            i.engineVersion = source.engineVersion;
            i.port = request.port() != null ? request.port() : source.port;
            i.subnetGroup = request.dbSubnetGroupName() != null ? request.dbSubnetGroupName() : source.subnetGroup;
            if (!state.subnetGroups.containsKey(i.subnetGroup)) {
                throw RdsErrors.subnetGroupNotFound(i.subnetGroup);
            }
            i.vpcSecurityGroupIds = state.securityGroups(request.vpcSecurityGroupIds(), i.subnetGroup);
            i.parameterGroup = parameterGroup(request.dbParameterGroupName(), i.engine);
            i.storageEncrypted = source.storageEncrypted;
            i.kmsKeyId = source.kmsKeyId;
            i.masterUsername = source.masterUsername;
            i.backupRetentionDays = source.backupRetentionDays;
            i.allocatedStorage = source.allocatedStorage;
            i.storageType = source.storageType;
            i.deletionProtection = Boolean.TRUE.equals(request.deletionProtection());
            i.copyTagsToSnapshot = Boolean.TRUE.equals(request.copyTagsToSnapshot());
            i.availabilityZone = request.availabilityZone() != null ? request.availabilityZone()
                    : source.availabilityZone;
            i.createdAt = now;
            // A restore replays the logs up to the chosen time: slower than creating an empty instance.
            i.backingUpAt = now.plus(PLAIN_CREATE).plus(PLAIN_CREATE);
            i.availableAt = i.backingUpAt.plus(PLAIN_FIRST_BACKUP);
            request.tags().forEach(t -> i.tags.put(t.key(), t.value()));
            state.instances.put(id, i);
            return models.instance(i, now);
        });
    }

    private String parameterGroup(String name, String engine) {
        if (name == null) {
            return "default." + RdsClusters.family(engine);
        }
        if (!state.parameterGroups.containsKey(name)) {
            throw RdsErrors.parameterGroupNotFound(name);
        }
        return name;
    }

    private static boolean matches(DBInstance instance, Map<String, List<String>> filters) {
        return filters.values().stream().allMatch(ids -> instance.dbClusterIdentifier() != null && ids.stream()
                .anyMatch(v -> RdsNames.fromArn(v, "cluster").equals(instance.dbClusterIdentifier())));
    }
}
