package io.lifeboat.aws.sandbox.rds;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aurora cluster. Its status and restorable window are derived from the clock when read; the
 * fields change only under the region's lock.
 */
final class ClusterRecord {

    /** How far behind now the latest restorable time trails (AWS: about five minutes). */
    static final Duration RESTORE_LAG = Duration.ofMinutes(5);

    String id;
    String engine;
    String engineVersion;
    int port;
    String masterUsername;
    String databaseName;
    String subnetGroup;
    List<String> vpcSecurityGroupIds;
    String clusterParameterGroup;
    String kmsKeyId;
    boolean storageEncrypted;
    boolean deletionProtection;
    boolean copyTagsToSnapshot;
    int backupRetentionDays;
    Instant createdAt;
    Instant availableAt;
    String restoredFrom;
    String restoreType;
    Map<String, String> tags = new LinkedHashMap<>();

    String status(Instant now) {
        return now.isBefore(availableAt) ? "creating" : "available";
    }

    /** Null until the cluster is available: a cluster being created has no backups yet. */
    Instant earliestRestorable(Instant now) {
        if (now.isBefore(availableAt)) {
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
        Instant latest = now.minus(RESTORE_LAG);
        return latest.isBefore(earliest) ? earliest : latest;
    }
}
