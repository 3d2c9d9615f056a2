package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.paging.Pages;
import io.lifeboat.aws.sandbox.rds.RdsCatalog;
import io.lifeboat.aws.sandbox.rds.RdsClusters;
import io.lifeboat.aws.sandbox.rds.RdsInstances;
import io.lifeboat.aws.sandbox.rds.RdsState;
import java.time.Instant;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.AddTagsToResourceRequest;
import software.amazon.awssdk.services.rds.model.AddTagsToResourceResponse;
import software.amazon.awssdk.services.rds.model.CreateDbClusterRequest;
import software.amazon.awssdk.services.rds.model.CreateDbClusterResponse;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceResponse;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterParameterGroup;
import software.amazon.awssdk.services.rds.model.DBClusterSnapshot;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBParameterGroup;
import software.amazon.awssdk.services.rds.model.DBSubnetGroup;
import software.amazon.awssdk.services.rds.model.DeleteDbClusterRequest;
import software.amazon.awssdk.services.rds.model.DeleteDbClusterResponse;
import software.amazon.awssdk.services.rds.model.DeleteDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.DeleteDbInstanceResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbClusterParameterGroupsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbClusterParameterGroupsResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbClusterSnapshotsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbClusterSnapshotsResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbClustersRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbClustersResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbParameterGroupsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbParameterGroupsResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbSubnetGroupsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbSubnetGroupsResponse;
import software.amazon.awssdk.services.rds.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.rds.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.rds.model.RemoveTagsFromResourceRequest;
import software.amazon.awssdk.services.rds.model.RemoveTagsFromResourceResponse;
import software.amazon.awssdk.services.rds.model.RestoreDbClusterToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbClusterToPointInTimeResponse;
import software.amazon.awssdk.services.rds.model.RestoreDbInstanceToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbInstanceToPointInTimeResponse;

/**
 * The sandbox's RDS in one region: Aurora clusters with moving restore windows, point-in-time
 * restores that take sandbox time, instances created into clusters. The work is done by the classes
 * in {@code sandbox.rds}; this class maps requests and responses.
 */
final class SandboxRdsClient implements RdsClient {

    private final SandboxAccount account;
    private final RdsState state;

    SandboxRdsClient(SandboxAccount account, String region) {
        this.account = account;
        this.state = RdsState.of(account, region);
    }

    @Override
    public DescribeDbClustersResponse describeDBClusters(DescribeDbClustersRequest request) {
        Pages.Page<DBCluster> page = clusters().describe(request, now());
        return SandboxResponses.done(DescribeDbClustersResponse.builder().dbClusters(page.items()).marker(page.nextToken()));
    }

    @Override
    public CreateDbClusterResponse createDBCluster(CreateDbClusterRequest request) {
        return SandboxResponses.done(CreateDbClusterResponse.builder().dbCluster(clusters().create(request, now())));
    }

    @Override
    public RestoreDbClusterToPointInTimeResponse restoreDBClusterToPointInTime(
            RestoreDbClusterToPointInTimeRequest request) {
        return SandboxResponses.done(RestoreDbClusterToPointInTimeResponse.builder().dbCluster(clusters().restore(request, now())));
    }

    @Override
    public DeleteDbClusterResponse deleteDBCluster(DeleteDbClusterRequest request) {
        return SandboxResponses.done(DeleteDbClusterResponse.builder().dbCluster(clusters().delete(request, now())));
    }

    @Override
    public DescribeDbInstancesResponse describeDBInstances(DescribeDbInstancesRequest request) {
        Pages.Page<DBInstance> page = instances().describe(request, now());
        return SandboxResponses.done(DescribeDbInstancesResponse.builder().dbInstances(page.items()).marker(page.nextToken()));
    }

    @Override
    public CreateDbInstanceResponse createDBInstance(CreateDbInstanceRequest request) {
        return SandboxResponses.done(CreateDbInstanceResponse.builder().dbInstance(instances().create(request, now())));
    }

    @Override
    public RestoreDbInstanceToPointInTimeResponse restoreDBInstanceToPointInTime(
            RestoreDbInstanceToPointInTimeRequest request) {
        return SandboxResponses.done(RestoreDbInstanceToPointInTimeResponse.builder().dbInstance(instances().restore(request, now())));
    }

    @Override
    public DeleteDbInstanceResponse deleteDBInstance(DeleteDbInstanceRequest request) {
        return SandboxResponses.done(DeleteDbInstanceResponse.builder().dbInstance(instances().delete(request, now())));
    }

    @Override
    public DescribeDbSubnetGroupsResponse describeDBSubnetGroups(DescribeDbSubnetGroupsRequest request) {
        Pages.Page<DBSubnetGroup> page = catalog().subnetGroups(request.dbSubnetGroupName(), request.maxRecords(),
                request.marker(), now());
        return SandboxResponses.done(DescribeDbSubnetGroupsResponse.builder().dbSubnetGroups(page.items()).marker(page.nextToken()));
    }

    @Override
    public DescribeDbClusterParameterGroupsResponse describeDBClusterParameterGroups(
            DescribeDbClusterParameterGroupsRequest request) {
        Pages.Page<DBClusterParameterGroup> page = catalog().clusterParameterGroups(
                request.dbClusterParameterGroupName(), request.maxRecords(), request.marker(), now());
        return SandboxResponses.done(DescribeDbClusterParameterGroupsResponse.builder().dbClusterParameterGroups(page.items())
                .marker(page.nextToken()));
    }

    @Override
    public DescribeDbParameterGroupsResponse describeDBParameterGroups(DescribeDbParameterGroupsRequest request) {
        Pages.Page<DBParameterGroup> page = catalog().parameterGroups(request.dbParameterGroupName(),
                request.maxRecords(), request.marker(), now());
        return SandboxResponses.done(DescribeDbParameterGroupsResponse.builder().dbParameterGroups(page.items())
                .marker(page.nextToken()));
    }

    @Override
    public DescribeDbClusterSnapshotsResponse describeDBClusterSnapshots(DescribeDbClusterSnapshotsRequest request) {
        Pages.Page<DBClusterSnapshot> page = catalog().clusterSnapshots(request, now());
        return SandboxResponses.done(DescribeDbClusterSnapshotsResponse.builder().dbClusterSnapshots(page.items())
                .marker(page.nextToken()));
    }

    @Override
    public AddTagsToResourceResponse addTagsToResource(AddTagsToResourceRequest request) {
        catalog().addTags(request.resourceName(), request.tags(), now());
        return SandboxResponses.done(AddTagsToResourceResponse.builder());
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
        return SandboxResponses.done(ListTagsForResourceResponse.builder().tagList(catalog().tags(request.resourceName(), now())));
    }

    @Override
    public RemoveTagsFromResourceResponse removeTagsFromResource(RemoveTagsFromResourceRequest request) {
        catalog().removeTags(request.resourceName(), request.tagKeys(), now());
        return SandboxResponses.done(RemoveTagsFromResourceResponse.builder());
    }

    private RdsClusters clusters() {
        return new RdsClusters(state, account.accountId());
    }

    private RdsInstances instances() {
        return new RdsInstances(state, account.accountId());
    }

    private RdsCatalog catalog() {
        return new RdsCatalog(state, account.accountId());
    }

    private Instant now() {
        return account.clock().instant();
    }


    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
