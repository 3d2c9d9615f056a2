package io.lifeboat.aws.sandbox.rds;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DB instance: an Aurora cluster member or a plain RDS instance. Creating, then (plain instances
 * only) backing-up for their first snapshot, then available, all derived from the clock.
 */
final class InstanceRecord {

    String id;
    String clusterId;
    String instanceClass;
    String engine;
    String engineVersion;
    String availabilityZone;
    String parameterGroup;
    int promotionTier = 1;
    int port;
    int allocatedStorage;
    String storageType;
    String subnetGroup;
    List<String> vpcSecurityGroupIds;
    String kmsKeyId;
    boolean storageEncrypted;
    boolean deletionProtection;
    boolean copyTagsToSnapshot;
    int backupRetentionDays;
    String masterUsername;
    Instant createdAt;
    Instant backingUpAt;
    Instant availableAt;
    Map<String, String> tags = new LinkedHashMap<>();

    String status(Instant now) {
        if (now.isBefore(backingUpAt)) {
            return "creating";
        }
        return now.isBefore(availableAt) ? "backing-up" : "available";
    }

    boolean inCluster() {
        return clusterId != null;
    }

    Instant earliestRestorable(Instant now) {
        if (inCluster() || now.isBefore(availableAt)) {
            return null;
        }
        Instant retention = now.minus(Duration.ofDays(backupRetentionDays));
        return retention.isAfter(availableAt) ? retention : availableAt;
    }

    Instant latestRestorable(Instant now) {
        Instant earliest = earliestRestorable(now);
        if (earliest == null) {
            return null;
        }
        Instant latest = now.minus(ClusterRecord.RESTORE_LAG);
        return latest.isBefore(earliest) ? earliest : latest;
    }
}
