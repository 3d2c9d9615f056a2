package io.lifeboat.aws.guard;

import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.CreateDbClusterRequest;
import software.amazon.awssdk.services.rds.model.CreateDbClusterResponse;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceResponse;
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
import software.amazon.awssdk.services.rds.waiters.RdsWaiter;

/**
 * RdsClient through the guards. Each operation Lifeboat makes (its features, and the scenario tests
 * that build fleets for them) is listed here and goes through {@link ClientGuard}; consumer-builder
 * overloads, paginators and the waiter are the interface's default methods, which call back into
 * these, so every page and poll is guarded too. An operation not listed stays the interface's
 * default and fails as unsupported: a new one is added here, on purpose. Written out rather than a
 * dynamic proxy: a proxy resolves every method of the interface by reflection, which loads all of
 * its model classes (a second and a half for EC2, at start-up).
 */
final class GuardedRdsClient implements RdsClient {

    private final RdsClient target;
    private final ClientGuard guard;

    /** Declared as the interface, so callers link without loading this class (see {@link GuardedClients}). */
    static RdsClient of(RdsClient target, ClientGuard guard) {
        return new GuardedRdsClient(target, guard);
    }

    GuardedRdsClient(RdsClient target, ClientGuard guard) {
        this.target = target;
        this.guard = guard;
    }

    @Override
    public DescribeDbClustersResponse describeDBClusters(DescribeDbClustersRequest request) {
        return guard.call("DescribeDBClusters", request, () -> target.describeDBClusters(request));
    }

    @Override
    public CreateDbClusterResponse createDBCluster(CreateDbClusterRequest request) {
        return guard.call("CreateDBCluster", request, () -> target.createDBCluster(request));
    }

    @Override
    public RestoreDbClusterToPointInTimeResponse restoreDBClusterToPointInTime(RestoreDbClusterToPointInTimeRequest request) {
        return guard.call("RestoreDBClusterToPointInTime", request, () -> target.restoreDBClusterToPointInTime(request));
    }

    @Override
    public DescribeDbInstancesResponse describeDBInstances(DescribeDbInstancesRequest request) {
        return guard.call("DescribeDBInstances", request, () -> target.describeDBInstances(request));
    }

    @Override
    public CreateDbInstanceResponse createDBInstance(CreateDbInstanceRequest request) {
        return guard.call("CreateDBInstance", request, () -> target.createDBInstance(request));
    }

    @Override
    public RestoreDbInstanceToPointInTimeResponse restoreDBInstanceToPointInTime(RestoreDbInstanceToPointInTimeRequest request) {
        return guard.call("RestoreDBInstanceToPointInTime", request, () -> target.restoreDBInstanceToPointInTime(request));
    }

    @Override
    public DescribeDbInstanceAutomatedBackupsResponse describeDBInstanceAutomatedBackups(DescribeDbInstanceAutomatedBackupsRequest request) {
        return guard.call("DescribeDBInstanceAutomatedBackups", request, () -> target.describeDBInstanceAutomatedBackups(request));
    }

    @Override
    public DescribeDbSubnetGroupsResponse describeDBSubnetGroups(DescribeDbSubnetGroupsRequest request) {
        return guard.call("DescribeDBSubnetGroups", request, () -> target.describeDBSubnetGroups(request));
    }

    @Override
    public DescribeDbClusterParameterGroupsResponse describeDBClusterParameterGroups(DescribeDbClusterParameterGroupsRequest request) {
        return guard.call("DescribeDBClusterParameterGroups", request, () -> target.describeDBClusterParameterGroups(request));
    }

    @Override
    public DescribeDbParameterGroupsResponse describeDBParameterGroups(DescribeDbParameterGroupsRequest request) {
        return guard.call("DescribeDBParameterGroups", request, () -> target.describeDBParameterGroups(request));
    }

    @Override
    public RdsWaiter waiter() {
        return RdsWaiter.builder().client(this).build();
    }

    @Override
    public String serviceName() {
        return target.serviceName();
    }

    @Override
    public void close() {
        // The raw client belongs to the account's ServiceClients, which closes it.
    }
}
