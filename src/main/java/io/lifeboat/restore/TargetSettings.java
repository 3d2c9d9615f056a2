package io.lifeboat.restore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The new database's settings, copied from the source by default and editable in the wizard. Every
 * one is sent explicitly, so nothing falls back to an RDS default unnoticed (the VPC's default
 * security group, above all).
 *
 * @param clusterParameterGroup and {@code kmsKeyId}: {@code null} for a plain instance
 */
public record TargetSettings(String subnetGroup, List<String> securityGroupIds, String clusterParameterGroup,
                             String instanceParameterGroup, String kmsKeyId, int port, boolean deletionProtection,
                             boolean copyTagsToSnapshot, Map<String, String> tags) {

    public TargetSettings {
        securityGroupIds = List.copyOf(securityGroupIds);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Everything as the source has it. */
    public static TargetSettings copiedFrom(ClusterSummary source) {
        SourceSettings s = source.settings();
        return new TargetSettings(s.subnetGroup(), s.securityGroupIds(), s.clusterParameterGroup(),
                s.instanceParameterGroup(), s.kmsKeyId(), source.port(), s.deletionProtection(), s.copyTagsToSnapshot(),
                s.tags());
    }
}
