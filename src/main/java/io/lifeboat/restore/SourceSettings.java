package io.lifeboat.restore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a source database a restore copies by default: where it lives in the network, its
 * parameter groups, encryption and protection, and its tags.
 *
 * @param vpcId the subnet group's VPC, when the listing gave it (instances carry it, clusters do not)
 * @param clusterParameterGroup {@code null} for a plain instance
 * @param instanceParameterGroup the writer's (or the plain instance's)
 * @param instanceClass the writer's (or the plain instance's)
 */
public record SourceSettings(String subnetGroup, String vpcId, List<String> securityGroupIds,
                             String clusterParameterGroup, String instanceParameterGroup, String instanceClass,
                             String kmsKeyId, boolean deletionProtection, boolean copyTagsToSnapshot,
                             Map<String, String> tags) {

    public SourceSettings {
        securityGroupIds = List.copyOf(securityGroupIds);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
