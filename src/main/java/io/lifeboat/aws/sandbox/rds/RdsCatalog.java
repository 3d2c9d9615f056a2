package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.model.DBClusterParameterGroup;
import software.amazon.awssdk.services.rds.model.DBClusterSnapshot;
import software.amazon.awssdk.services.rds.model.DBParameterGroup;
import software.amazon.awssdk.services.rds.model.DBSubnetGroup;
import software.amazon.awssdk.services.rds.model.DescribeDbClusterSnapshotsRequest;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * What surrounds the databases: subnet groups, parameter groups, cluster snapshots (automated ones
 * derived from each cluster's daily backup within its retention) and tags by ARN.
 */
public final class RdsCatalog {

    private static final LocalTime BACKUP_AT = LocalTime.of(3, 10);
    private static final DateTimeFormatter SNAPSHOT_SUFFIX = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm")
            .withZone(ZoneOffset.UTC);

    private final RdsState state;
    private final String accountId;
    private final RdsModels models;

    public RdsCatalog(RdsState state, String accountId) {
        this.state = state;
        this.accountId = accountId;
        this.models = new RdsModels(state, accountId);
    }

    public Pages.Page<DBSubnetGroup> subnetGroups(String name, Integer maxRecords, String marker, Instant now) {
        return state.locked(now, () -> {
            if (name != null && !state.subnetGroups.containsKey(name)) {
                throw RdsErrors.subnetGroupNotFound(name);
            }
            List<DBSubnetGroup> groups = state.subnetGroups.values().stream()
                    .filter(g -> name == null || g.name().equals(name)).map(models::subnetGroupModel).toList();
            return RdsPaging.page(groups, maxRecords, marker, "DescribeDBSubnetGroups");
        });
    }

    public Pages.Page<DBClusterParameterGroup> clusterParameterGroups(String name, Integer maxRecords, String marker,
                                                                      Instant now) {
        return state.locked(now, () -> {
            if (name != null && !state.clusterParameterGroups.containsKey(name)) {
                throw RdsErrors.clusterParameterGroupNotFound(name);
            }
            List<DBClusterParameterGroup> groups = state.clusterParameterGroups.values().stream()
                    .filter(g -> name == null || g.name().equals(name))
                    .map(g -> DBClusterParameterGroup.builder().dbClusterParameterGroupName(g.name())
                            .dbParameterGroupFamily(g.family()).description(g.description())
                            .dbClusterParameterGroupArn(RdsNames.arn(state.region, accountId, "cluster-pg", g.name()))
                            .build()).toList();
            return RdsPaging.page(groups, maxRecords, marker, "DescribeDBClusterParameterGroups");
        });
    }

    public Pages.Page<DBParameterGroup> parameterGroups(String name, Integer maxRecords, String marker, Instant now) {
        return state.locked(now, () -> {
            if (name != null && !state.parameterGroups.containsKey(name)) {
                throw RdsErrors.parameterGroupNotFound(name);
            }
            List<DBParameterGroup> groups = state.parameterGroups.values().stream()
                    .filter(g -> name == null || g.name().equals(name))
                    .map(g -> DBParameterGroup.builder().dbParameterGroupName(g.name())
                            .dbParameterGroupFamily(g.family()).description(g.description())
                            .dbParameterGroupArn(RdsNames.arn(state.region, accountId, "pg", g.name())).build())
                    .toList();
            return RdsPaging.page(groups, maxRecords, marker, "DescribeDBParameterGroups");
        });
    }

    public Pages.Page<DBClusterSnapshot> clusterSnapshots(DescribeDbClusterSnapshotsRequest request, Instant now) {
        return state.locked(now, () -> {
            String clusterId = RdsNames.fromArn(request.dbClusterIdentifier(), "cluster");
            if (clusterId != null && !state.clusters.containsKey(clusterId)) {
                throw RdsErrors.clusterNotFound(request.dbClusterIdentifier());
            }
            List<DBClusterSnapshot> snapshots = new ArrayList<>();
            for (ClusterRecord cluster : state.clusters.values()) {
                if (clusterId != null && !cluster.id.equals(clusterId)) {
                    continue;
                }
                automated(cluster, now).forEach(at -> snapshots.add(snapshot(cluster, "rds:" + cluster.id + "-"
                        + SNAPSHOT_SUFFIX.format(at), at, "automated")));
                state.snapshots.values().stream().filter(s -> s.clusterId().equals(cluster.id))
                        .forEach(s -> snapshots.add(snapshot(cluster, s.id(), s.createdAt(), "manual")));
            }
            List<DBClusterSnapshot> matching = snapshots.stream()
                    .filter(s -> request.snapshotType() == null || request.snapshotType().equals(s.snapshotType()))
                    .filter(s -> request.dbClusterSnapshotIdentifier() == null
                            || request.dbClusterSnapshotIdentifier().equals(s.dbClusterSnapshotIdentifier()))
                    .sorted(Comparator.comparing(DBClusterSnapshot::snapshotCreateTime).reversed())
                    .toList();
            return RdsPaging.page(matching, request.maxRecords(), request.marker(), "DescribeDBClusterSnapshots");
        });
    }

    /** One automated snapshot a day in the backup window, kept for the retention period. */
    private static List<Instant> automated(ClusterRecord cluster, Instant now) {
        List<Instant> times = new ArrayList<>();
        Instant today = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(BACKUP_AT).toInstant(ZoneOffset.UTC);
        for (int day = 0; day <= cluster.backupRetentionDays; day++) {
            Instant at = today.minus(Duration.ofDays(day));
            if (!at.isAfter(now) && !at.isBefore(cluster.availableAt)
                    && !at.isBefore(now.minus(Duration.ofDays(cluster.backupRetentionDays)))) {
                times.add(at);
            }
        }
        return times;
    }

    private DBClusterSnapshot snapshot(ClusterRecord cluster, String id, Instant at, String type) {
        return DBClusterSnapshot.builder()
                .dbClusterSnapshotIdentifier(id)
                .dbClusterIdentifier(cluster.id)
                .snapshotCreateTime(at)
                .engine(cluster.engine)
                .engineVersion(cluster.engineVersion)
                .status("available")
                .port(cluster.port)
                .vpcId(models.subnetGroup(cluster.subnetGroup).vpcId())
                .clusterCreateTime(cluster.createdAt)
                .masterUsername(cluster.masterUsername)
                .snapshotType(type)
                .percentProgress(100)
                .storageEncrypted(cluster.storageEncrypted)
                .kmsKeyId(cluster.kmsKeyId)
                .allocatedStorage(0)
                .dbClusterSnapshotArn(RdsNames.arn(state.region, accountId, "cluster-snapshot", id))
                .build();
    }

    public List<Tag> tags(String arn, Instant now) {
        return state.locked(now, () -> RdsModels.tags(tagsOf(arn)));
    }

    public void addTags(String arn, List<Tag> tags, Instant now) {
        state.locked(now, () -> {
            Map<String, String> target = tagsOf(arn);
            tags.forEach(t -> target.put(t.key(), t.value()));
            return null;
        });
    }

    public void removeTags(String arn, List<String> keys, Instant now) {
        state.locked(now, () -> {
            keys.forEach(tagsOf(arn)::remove);
            return null;
        });
    }

    private Map<String, String> tagsOf(String arn) {
        if (arn == null || !arn.startsWith("arn:aws:rds:" + state.region + ":" + accountId + ":")) {
            throw RdsErrors.invalidParameterValue("Invalid resource name: " + arn);
        }
        if (arn.contains(":cluster:")) {
            ClusterRecord cluster = state.clusters.get(RdsNames.fromArn(arn, "cluster"));
            if (cluster == null) {
                throw RdsErrors.clusterNotFound(arn);
            }
            return cluster.tags;
        }
        if (arn.contains(":db:")) {
            InstanceRecord instance = state.instances.get(RdsNames.fromArn(arn, "db"));
            if (instance == null) {
                throw RdsErrors.instanceNotFound(arn);
            }
            return instance.tags;
        }
        throw RdsErrors.invalidParameterValue("The sandbox tags clusters and instances only: " + arn);
    }
}
