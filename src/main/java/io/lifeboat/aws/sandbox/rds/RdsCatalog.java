package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.rds.model.DBClusterParameterGroup;
import software.amazon.awssdk.services.rds.model.DBInstanceAutomatedBackup;
import software.amazon.awssdk.services.rds.model.DBParameterGroup;
import software.amazon.awssdk.services.rds.model.DBSubnetGroup;
import software.amazon.awssdk.services.rds.model.DescribeDbInstanceAutomatedBackupsRequest;
import software.amazon.awssdk.services.rds.model.RestoreWindow;

/**
 * What surrounds the databases: subnet groups and parameter groups (the restore wizard's choices),
 * and the automated backups of plain instances, whose restore window DescribeDBInstances does not give.
 */
public final class RdsCatalog {

    private final RdsState state;
    private final String accountId;
    private final RdsModels models;

    public RdsCatalog(RdsState state, String accountId) {
        this.state = state;
        this.accountId = accountId;
        this.models = new RdsModels(state, accountId);
    }

    public Pages.Page<DBSubnetGroup> subnetGroups(String name, Integer maxRecords, String marker) {
        return state.locked(() -> {
            if (name != null && !state.subnetGroups.containsKey(name)) {
                throw RdsErrors.subnetGroupNotFound(name);
            }
            List<DBSubnetGroup> groups = state.subnetGroups.values().stream()
                    .filter(g -> name == null || g.name().equals(name)).map(models::subnetGroupModel).toList();
            return RdsPaging.page(groups, maxRecords, marker, "DescribeDBSubnetGroups");
        });
    }

    public Pages.Page<DBClusterParameterGroup> clusterParameterGroups(String name, Integer maxRecords, String marker) {
        return state.locked(() -> {
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

    public Pages.Page<DBParameterGroup> parameterGroups(String name, Integer maxRecords, String marker) {
        return state.locked(() -> {
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

    /** One automated backup per plain instance that has backups, with its restore window. */
    public Pages.Page<DBInstanceAutomatedBackup> automatedBackups(DescribeDbInstanceAutomatedBackupsRequest request,
                                                                  Instant now) {
        return state.locked(() -> {
            String wanted = RdsNames.fromArn(request.dbInstanceIdentifier(), "db");
            if (wanted != null && !state.instances.containsKey(wanted)) {
                throw RdsErrors.automatedBackupNotFound(request.dbInstanceIdentifier());
            }
            List<DBInstanceAutomatedBackup> backups = state.instances.values().stream()
                    .filter(i -> !i.inCluster() && i.backupRetentionDays > 0)
                    .filter(i -> wanted == null || i.id.equals(wanted))
                    .map(i -> DBInstanceAutomatedBackup.builder()
                            .dbInstanceIdentifier(i.id)
                            .dbInstanceArn(RdsNames.arn(state.region, accountId, "db", i.id))
                            .dbiResourceId(RdsNames.resourceId("db-", i.id))
                            .region(state.region)
                            .engine(i.engine)
                            .engineVersion(i.engineVersion)
                            .status(i.earliestRestorable(now) == null ? "creating" : "active")
                            .backupRetentionPeriod(i.backupRetentionDays)
                            .restoreWindow(RestoreWindow.builder().earliestTime(i.earliestRestorable(now))
                                    .latestTime(i.latestRestorable(now)).build())
                            .build())
                    .toList();
            return RdsPaging.page(backups, request.maxRecords(), request.marker(), "DescribeDBInstanceAutomatedBackups");
        });
    }
}
