package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.paging.Pages;
import io.lifeboat.aws.sandbox.rds.RdsCatalog;
import io.lifeboat.aws.sandbox.rds.RdsClusters;
import io.lifeboat.aws.sandbox.rds.RdsInstances;
import io.lifeboat.aws.sandbox.rds.RdsState;
import java.time.Instant;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.CreateDbClusterRequest;
import software.amazon.awssdk.services.rds.model.CreateDbClusterResponse;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceResponse;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterParameterGroup;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBInstanceAutomatedBackup;
import software.amazon.awssdk.services.rds.model.DBParameterGroup;
import software.amazon.awssdk.services.rds.model.DBSubnetGroup;
import software.amazon.awssdk.services.rds.model.DescribeDbClusterParameterGroupsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbClusterParameterGroupsResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbClustersRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbClustersResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbInstanceAutomatedBackupsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbInstanceAutomatedBackupsResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbParameterGroupsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbParameterGroupsResponse;
import software.amazon.awssdk.services.rds.model.DescribeDbSubnetGroupsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbSubnetGroupsResponse;
import software.amazon.awssdk.services.rds.model.RestoreDbClusterToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbClusterToPointInTimeResponse;
import software.amazon.awssdk.services.rds.model.RestoreDbInstanceToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbInstanceToPointInTimeResponse;

/**
 * The sandbox's RDS in one region: Aurora clusters with moving restore windows, point-in-time
 * restores that take sandbox time, instances created into clusters, plain instances and their
 * automated backups. The work is done by the classes
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
    public DescribeDbSubnetGroupsResponse describeDBSubnetGroups(DescribeDbSubnetGroupsRequest request) {
        Pages.Page<DBSubnetGroup> page = catalog().subnetGroups(request.dbSubnetGroupName(), request.maxRecords(),
                request.marker());
        return SandboxResponses.done(DescribeDbSubnetGroupsResponse.builder().dbSubnetGroups(page.items()).marker(page.nextToken()));
    }

    @Override
    public DescribeDbClusterParameterGroupsResponse describeDBClusterParameterGroups(
            DescribeDbClusterParameterGroupsRequest request) {
        Pages.Page<DBClusterParameterGroup> page = catalog().clusterParameterGroups(
                request.dbClusterParameterGroupName(), request.maxRecords(), request.marker());
        return SandboxResponses.done(DescribeDbClusterParameterGroupsResponse.builder().dbClusterParameterGroups(page.items())
                .marker(page.nextToken()));
    }

    @Override
    public DescribeDbParameterGroupsResponse describeDBParameterGroups(DescribeDbParameterGroupsRequest request) {
        Pages.Page<DBParameterGroup> page = catalog().parameterGroups(request.dbParameterGroupName(),
                request.maxRecords(), request.marker());
        return SandboxResponses.done(DescribeDbParameterGroupsResponse.builder().dbParameterGroups(page.items())
                .marker(page.nextToken()));
    }

    @Override
    public DescribeDbInstanceAutomatedBackupsResponse describeDBInstanceAutomatedBackups(
            DescribeDbInstanceAutomatedBackupsRequest request) {
        Pages.Page<DBInstanceAutomatedBackup> page = catalog().automatedBackups(request, now());
        return SandboxResponses.done(DescribeDbInstanceAutomatedBackupsResponse.builder()
                .dbInstanceAutomatedBackups(page.items()).marker(page.nextToken()));
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
