package io.lifeboat.aws.sandbox.rds;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBParameterGroupStatus;
import software.amazon.awssdk.services.rds.model.DBSubnetGroup;
import software.amazon.awssdk.services.rds.model.Endpoint;
import software.amazon.awssdk.services.rds.model.Subnet;
import software.amazon.awssdk.services.rds.model.Tag;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/** Turns the sandbox's records into the SDK's RDS model types, as of one moment. */
final class RdsModels {

    /** RDS's Route53 hosted zone for endpoints in the region (one value for the sandbox). */
    static final String ENDPOINT_HOSTED_ZONE = "ZMESEXB7ZGGQ3";

    private final RdsState state;
    private final String accountId;

    RdsModels(RdsState state, String accountId) {
        this.state = state;
        this.accountId = accountId;
    }

    /** Members in creation order; the first is the writer. */
    List<InstanceRecord> members(ClusterRecord cluster) {
        return state.instances.values().stream().filter(i -> cluster.id.equals(i.clusterId))
                .sorted(Comparator.comparing((InstanceRecord i) -> i.createdAt).thenComparing(i -> i.id)).toList();
    }

    boolean writer(InstanceRecord instance) {
        if (!instance.inCluster()) {
            return false;
        }
        ClusterRecord cluster = state.clusters.get(instance.clusterId);
        return cluster != null && members(cluster).stream().findFirst().map(i -> i == instance).orElse(false);
    }

    DBCluster cluster(ClusterRecord c, Instant now) {
        List<InstanceRecord> members = members(c);
        return DBCluster.builder()
                .dbClusterIdentifier(c.id)
                .dbClusterArn(RdsNames.arn(state.region, accountId, "cluster", c.id))
                .dbClusterResourceId(RdsNames.resourceId("cluster-", c.id))
                .engine(c.engine)
                .engineVersion(c.engineVersion)
                .engineMode("provisioned")
                .status(c.status(now))
                .endpoint(RdsNames.clusterEndpoint(c.id, state.region))
                .readerEndpoint(RdsNames.readerEndpoint(c.id, state.region))
                .hostedZoneId(ENDPOINT_HOSTED_ZONE)
                .port(c.port)
                .masterUsername(c.masterUsername)
                .databaseName(c.databaseName)
                .dbClusterMembers(members.stream().map(i -> DBClusterMember.builder()
                        .dbInstanceIdentifier(i.id)
                        .isClusterWriter(writer(i))
                        .dbClusterParameterGroupStatus("in-sync")
                        .promotionTier(i.promotionTier)
                        .build()).toList())
                .multiAZ(members.stream().map(i -> i.availabilityZone).distinct().count() > 1)
                .availabilityZones(subnetGroup(c.subnetGroup).subnetsByZone().keySet().stream().sorted().toList())
                .backupRetentionPeriod(c.backupRetentionDays)
                .preferredBackupWindow("03:10-03:40")
                .preferredMaintenanceWindow("sun:04:00-sun:04:30")
                .earliestRestorableTime(c.earliestRestorable(now))
                .latestRestorableTime(c.latestRestorable(now))
                .dbSubnetGroup(c.subnetGroup)
                .vpcSecurityGroups(securityGroups(c.vpcSecurityGroupIds))
                .dbClusterParameterGroup(c.clusterParameterGroup)
                .kmsKeyId(c.kmsKeyId)
                .storageEncrypted(c.storageEncrypted)
                .storageType("aurora")
                .allocatedStorage(1)
                .deletionProtection(c.deletionProtection)
                .copyTagsToSnapshot(c.copyTagsToSnapshot)
                .clusterCreateTime(c.createdAt)
                .tagList(tags(c.tags))
                .build();
    }

    DBInstance instance(InstanceRecord i, Instant now) {
        String status = i.status(now);
        RdsState.SubnetGroup group = subnetGroup(i.subnetGroup);
        DBInstance.Builder builder = DBInstance.builder()
                .dbInstanceIdentifier(i.id)
                .dbInstanceArn(RdsNames.arn(state.region, accountId, "db", i.id))
                .dbiResourceId(RdsNames.resourceId("db-", i.id))
                .dbInstanceClass(i.instanceClass)
                .engine(i.engine)
                .engineVersion(i.engineVersion)
                .dbInstanceStatus(status)
                .availabilityZone(i.availabilityZone)
                .dbClusterIdentifier(i.clusterId)
                .dbParameterGroups(DBParameterGroupStatus.builder().dbParameterGroupName(i.parameterGroup)
                        .parameterApplyStatus("in-sync").build())
                .promotionTier(i.inCluster() ? i.promotionTier : null)
                .dbSubnetGroup(subnetGroupModel(group))
                .vpcSecurityGroups(securityGroups(i.vpcSecurityGroupIds))
                .kmsKeyId(i.kmsKeyId)
                .storageEncrypted(i.storageEncrypted)
                .deletionProtection(i.deletionProtection)
                .copyTagsToSnapshot(i.copyTagsToSnapshot)
                .allocatedStorage(i.allocatedStorage)
                .storageType(i.storageType)
                .backupRetentionPeriod(i.backupRetentionDays)
                .masterUsername(i.masterUsername)
                .multiAZ(false)
                .publiclyAccessible(false)
                .latestRestorableTime(i.latestRestorable(now))
                .tagList(tags(i.tags));
        if (!status.equals("creating")) {
            builder.endpoint(Endpoint.builder().address(RdsNames.instanceEndpoint(i.id, state.region)).port(i.port)
                    .hostedZoneId(ENDPOINT_HOSTED_ZONE).build())
                    .instanceCreateTime(i.backingUpAt);
        }
        return builder.build();
    }

    RdsState.SubnetGroup subnetGroup(String name) {
        RdsState.SubnetGroup group = state.subnetGroups.get(name);
        return group != null ? group : state.subnetGroups.get("default");
    }

    DBSubnetGroup subnetGroupModel(RdsState.SubnetGroup group) {
        return DBSubnetGroup.builder()
                .dbSubnetGroupName(group.name())
                .dbSubnetGroupDescription(group.description())
                .vpcId(group.vpcId())
                .subnetGroupStatus("Complete")
                .subnets(group.subnetsByZone().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> Subnet.builder().subnetIdentifier(e.getValue()).subnetStatus("Active")
                                .subnetAvailabilityZone(z -> z.name(e.getKey())).build()).toList())
                .dbSubnetGroupArn(RdsNames.arn(state.region, accountId, "subgrp", group.name()))
                .supportedNetworkTypes("IPV4")
                .build();
    }

    private static List<VpcSecurityGroupMembership> securityGroups(List<String> ids) {
        return ids.stream().map(id -> VpcSecurityGroupMembership.builder().vpcSecurityGroupId(id).status("active")
                .build()).toList();
    }

    static List<Tag> tags(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }
}
