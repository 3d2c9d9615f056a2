package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.rds.model.CreateDbClusterRequest;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DescribeDbClustersRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbClusterToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.Tag;

/** Aurora clusters: describe, create (scenario tests build their sources so), restore to a point in time. */
public final class RdsClusters {

    static final Duration CREATE_TIME = Duration.ofSeconds(120);
    static final Duration FULL_COPY_RESTORE_TIME = Duration.ofSeconds(90);
    static final Duration CLONE_RESTORE_TIME = Duration.ofSeconds(60);
    static final Map<String, String> DEFAULT_VERSIONS = Map.of("aurora-mysql", "8.0.mysql_aurora.3.05.2",
            "aurora-postgresql", "15.4");

    private final RdsState state;
    private final String accountId;
    private final RdsModels models;

    public RdsClusters(RdsState state, String accountId) {
        this.state = state;
        this.accountId = accountId;
        this.models = new RdsModels(state, accountId);
    }

    public Pages.Page<DBCluster> describe(DescribeDbClustersRequest request, Instant now) {
        Map<String, List<String>> filters = RdsPaging.filters(request.filters(), Set.of("db-cluster-id"));
        return state.locked(() -> {
            String wanted = RdsNames.fromArn(request.dbClusterIdentifier(), "cluster");
            if (wanted != null && !state.clusters.containsKey(wanted)) {
                throw RdsErrors.clusterNotFound(request.dbClusterIdentifier());
            }
            List<DBCluster> matching = state.clusters.values().stream()
                    .filter(c -> wanted == null || c.id.equals(wanted))
                    .map(c -> models.cluster(c, now))
                    .filter(c -> matches(c, filters))
                    .toList();
            return RdsPaging.page(matching, request.maxRecords(), request.marker(), "DescribeDBClusters");
        });
    }

    public DBCluster create(CreateDbClusterRequest request, Instant now) {
        String id = RdsNames.checkIdentifier(request.dbClusterIdentifier(), "DBClusterIdentifier");
        String engine = request.engine();
        if (!DEFAULT_VERSIONS.containsKey(engine)) {
            throw RdsErrors.invalidParameterValue("Invalid DB engine: " + engine);
        }
        if (request.masterUsername() == null) {
            throw RdsErrors.invalidParameterValue("The parameter MasterUsername must be provided and must not be blank.");
        }
        return state.locked(() -> {
            if (state.clusters.containsKey(id)) {
                throw RdsErrors.clusterAlreadyExists();
            }
            ClusterRecord c = new ClusterRecord();
            c.id = id;
            c.engine = engine;
            c.engineVersion = request.engineVersion() != null ? request.engineVersion() : DEFAULT_VERSIONS.get(engine);
            c.port = request.port() != null ? request.port() : defaultPort(engine);
            c.masterUsername = request.masterUsername();
            c.databaseName = request.databaseName();
            c.subnetGroup = subnetGroup(request.dbSubnetGroupName());
            c.vpcSecurityGroupIds = state.securityGroups(request.vpcSecurityGroupIds(), c.subnetGroup);
            c.clusterParameterGroup = clusterParameterGroup(request.dbClusterParameterGroupName(), engine);
            c.storageEncrypted = Boolean.TRUE.equals(request.storageEncrypted()) || request.kmsKeyId() != null;
            c.kmsKeyId = c.storageEncrypted ? kmsKey(request.kmsKeyId()) : null;
            c.deletionProtection = Boolean.TRUE.equals(request.deletionProtection());
            c.copyTagsToSnapshot = Boolean.TRUE.equals(request.copyTagsToSnapshot());
            c.backupRetentionDays = request.backupRetentionPeriod() != null ? request.backupRetentionPeriod() : 1;
            c.createdAt = now;
            c.availableAt = now.plus(CREATE_TIME);
            request.tags().forEach(t -> c.tags.put(t.key(), t.value()));
            state.clusters.put(id, c);
            return models.cluster(c, now);
        });
    }

    /**
     * Restores into a new cluster beside the source, which is never modified. Settings not given are
     * copied from the source, except the security groups: like AWS, a restore without
     * VpcSecurityGroupIds gets the VPC's default group, the trap the restore wizard guards against.
     */
    public DBCluster restore(RestoreDbClusterToPointInTimeRequest request, Instant now) {
        String id = RdsNames.checkIdentifier(request.dbClusterIdentifier(), "DBClusterIdentifier");
        boolean latest = Boolean.TRUE.equals(request.useLatestRestorableTime());
        if (latest == (request.restoreToTime() != null)) {
            throw RdsErrors.invalidParameterCombination(latest
                    ? "Cannot specify both RestoreToTime and UseLatestRestorableTime."
                    : "You must specify either RestoreToTime or UseLatestRestorableTime.");
        }
        String restoreType = request.restoreType() == null ? "full-copy" : request.restoreType();
        if (!restoreType.equals("full-copy") && !restoreType.equals("copy-on-write")) {
            throw RdsErrors.invalidParameterValue("Invalid restore type: " + restoreType
                    + ". Valid values are full-copy and copy-on-write.");
        }
        if (restoreType.equals("copy-on-write") && request.restoreToTime() != null) {
            // A clone shares the source's storage as it is now: RDS takes no RestoreToTime with it.
            throw RdsErrors.invalidParameterCombination(
                    "RestoreToTime can't be specified when RestoreType is copy-on-write.");
        }
        return state.locked(() -> {
            String sourceId = RdsNames.fromArn(request.sourceDBClusterIdentifier(), "cluster");
            ClusterRecord source = state.clusters.get(sourceId);
            if (source == null) {
                throw RdsErrors.clusterNotFound(request.sourceDBClusterIdentifier());
            }
            if (state.clusters.containsKey(id)) {
                throw RdsErrors.clusterAlreadyExists();
            }
            Instant earliest = source.earliestRestorable(now);
            Instant latestTime = source.latestRestorable(now);
            if (earliest == null || !source.status(now).equals("available")) {
                throw RdsErrors.invalidClusterState("DB cluster " + source.id + " is not in a valid state for restore ("
                        + source.status(now) + ").");
            }
            Instant target = latest ? latestTime : request.restoreToTime();
            if (target.isBefore(earliest) || target.isAfter(latestTime)) {
                throw RdsErrors.invalidRestore("The restore time " + target + " is not within the restorable window "
                        + "of DB cluster " + source.id + ": " + earliest + " to " + latestTime + ".");
            }
            ClusterRecord c = new ClusterRecord();
            c.id = id;
            c.engine = source.engine;
            c.engineVersion = source.engineVersion;
            c.port = request.port() != null ? request.port() : source.port;
            c.masterUsername = source.masterUsername;
            c.databaseName = source.databaseName;
            c.subnetGroup = request.dbSubnetGroupName() != null ? subnetGroup(request.dbSubnetGroupName())
                    : source.subnetGroup;
            c.vpcSecurityGroupIds = state.securityGroups(request.vpcSecurityGroupIds(), c.subnetGroup);
            c.clusterParameterGroup = request.dbClusterParameterGroupName() != null
                    ? clusterParameterGroup(request.dbClusterParameterGroupName(), c.engine)
                    : "default." + family(c.engine);
            c.storageEncrypted = source.storageEncrypted || request.kmsKeyId() != null;
            c.kmsKeyId = request.kmsKeyId() != null ? kmsKey(request.kmsKeyId()) : source.kmsKeyId;
            c.deletionProtection = Boolean.TRUE.equals(request.deletionProtection());
            c.copyTagsToSnapshot = Boolean.TRUE.equals(request.copyTagsToSnapshot());
            c.backupRetentionDays = source.backupRetentionDays;
            c.createdAt = now;
            c.availableAt = now.plus(restoreType.equals("copy-on-write") ? CLONE_RESTORE_TIME : FULL_COPY_RESTORE_TIME);
            c.restoredFrom = source.id + "@" + target;
            c.restoreType = restoreType;
            for (Tag tag : request.tags()) {
                c.tags.put(tag.key(), tag.value());
            }
            state.clusters.put(id, c);
            return models.cluster(c, now);
        });
    }

    private static boolean matches(DBCluster cluster, Map<String, List<String>> filters) {
        return filters.values().stream().allMatch(ids -> ids.stream()
                .anyMatch(v -> RdsNames.fromArn(v, "cluster").equals(cluster.dbClusterIdentifier())));
    }

    private String subnetGroup(String name) {
        if (name == null) {
            return "default";
        }
        if (!state.subnetGroups.containsKey(name)) {
            throw RdsErrors.subnetGroupNotFound(name);
        }
        return name;
    }

    private String clusterParameterGroup(String name, String engine) {
        if (name == null) {
            return "default." + family(engine);
        }
        if (!state.clusterParameterGroups.containsKey(name)) {
            throw RdsErrors.clusterParameterGroupNotFound(name);
        }
        return name;
    }

    private String kmsKey(String given) {
        if (given == null) {
            return "arn:aws:kms:" + state.region + ":" + accountId + ":key/aws-rds-default-0000-0000-000000000000";
        }
        return given.startsWith("arn:") ? given : "arn:aws:kms:" + state.region + ":" + accountId + ":key/" + given;
    }

    static String family(String engine) {
        return switch (engine) {
            case "aurora-mysql" -> "aurora-mysql8.0";
            case "aurora-postgresql" -> "aurora-postgresql15";
            default -> "mysql8.0";
        };
    }

    static int defaultPort(String engine) {
        return engine.contains("postgres") ? 5432 : 3306;
    }
}
