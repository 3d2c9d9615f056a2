package io.lifeboat.restore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.Tag;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/** DBCluster and DBInstance to {@link ClusterSummary}: the SDK stops here. */
final class SourceConverters {

    private SourceConverters() {
    }

    static ClusterSummary cluster(String region, DBCluster c, Map<String, DBInstance> instances) {
        List<ClusterSummary.Member> members = new ArrayList<>();
        DBInstance writer = null;
        for (DBClusterMember m : c.dbClusterMembers()) {
            DBInstance instance = instances.get(m.dbInstanceIdentifier());
            boolean isWriter = Boolean.TRUE.equals(m.isClusterWriter());
            if (isWriter) {
                writer = instance;
            }
            members.add(new ClusterSummary.Member(m.dbInstanceIdentifier(),
                    instance == null ? "" : instance.dbInstanceClass(), isWriter,
                    instance == null ? "" : instance.dbInstanceStatus(), parameterGroup(instance)));
        }
        members.sort(Comparator.comparing((ClusterSummary.Member m) -> !m.writer()).thenComparing(ClusterSummary.Member::id));
        DBInstance first = writer != null ? writer : members.isEmpty() ? null : instances.get(members.get(0).id());
        SourceSettings settings = new SourceSettings(c.dbSubnetGroup(),
                first == null || first.dbSubnetGroup() == null ? null : first.dbSubnetGroup().vpcId(),
                groups(c.vpcSecurityGroups()), c.dbClusterParameterGroup(), parameterGroup(first),
                first == null ? null : first.dbInstanceClass(), c.kmsKeyId(), Boolean.TRUE.equals(c.deletionProtection()),
                Boolean.TRUE.equals(c.copyTagsToSnapshot()), tags(c.tagList()));
        return new ClusterSummary(region, c.dbClusterIdentifier(), true, c.engine(), c.engineVersion(), c.status(),
                c.endpoint(), c.readerEndpoint(), c.port() == null ? 0 : c.port(),
                c.backupRetentionPeriod() == null ? 0 : c.backupRetentionPeriod(),
                c.earliestRestorableTime(), c.latestRestorableTime(), members, settings);
    }

    static ClusterSummary plain(String region, DBInstance i, Instant earliest) {
        SourceSettings settings = new SourceSettings(i.dbSubnetGroup() == null ? null : i.dbSubnetGroup().dbSubnetGroupName(),
                i.dbSubnetGroup() == null ? null : i.dbSubnetGroup().vpcId(), groups(i.vpcSecurityGroups()), null,
                parameterGroup(i), i.dbInstanceClass(), null, Boolean.TRUE.equals(i.deletionProtection()),
                Boolean.TRUE.equals(i.copyTagsToSnapshot()), tags(i.tagList()));
        int port = i.endpoint() != null && i.endpoint().port() != null ? i.endpoint().port()
                : i.dbInstancePort() != null && i.dbInstancePort() > 0 ? i.dbInstancePort() : 0;
        return new ClusterSummary(region, i.dbInstanceIdentifier(), false, i.engine(), i.engineVersion(),
                i.dbInstanceStatus(), i.endpoint() == null ? null : i.endpoint().address(), null, port,
                i.backupRetentionPeriod() == null ? 0 : i.backupRetentionPeriod(), earliest, i.latestRestorableTime(),
                List.of(new ClusterSummary.Member(i.dbInstanceIdentifier(), i.dbInstanceClass(), true,
                        i.dbInstanceStatus(), parameterGroup(i))), settings);
    }

    private static String parameterGroup(DBInstance instance) {
        return instance == null || instance.dbParameterGroups().isEmpty() ? null
                : instance.dbParameterGroups().get(0).dbParameterGroupName();
    }

    private static List<String> groups(List<VpcSecurityGroupMembership> memberships) {
        return memberships.stream().map(VpcSecurityGroupMembership::vpcSecurityGroupId).toList();
    }

    /** The source's tags but AWS's own ({@code aws:}), which nobody may set. */
    private static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> result = new LinkedHashMap<>();
        tags.stream().filter(t -> !t.key().startsWith("aws:") && !t.key().equals(RestorePlan.JOB_TAG))
                .forEach(t -> result.put(t.key(), t.value()));
        return result;
    }
}
