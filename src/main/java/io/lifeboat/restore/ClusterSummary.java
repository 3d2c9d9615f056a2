package io.lifeboat.restore;

import java.time.Instant;
import java.util.List;

/**
 * An Aurora cluster (or a plain RDS instance, with {@code cluster} false) and its restorable window.
 *
 * @param members instance identifiers with their class and role, writer first
 */
public record ClusterSummary(String region, String id, boolean cluster, String engine, String engineVersion,
                             String status, String endpoint, int backupRetentionDays, Instant earliestRestorableTime,
                             Instant latestRestorableTime, List<Member> members) {

    public record Member(String id, String instanceClass, boolean writer, String status) {
    }

    public ClusterSummary {
        members = List.copyOf(members);
    }
}
