package io.lifeboat.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Finds the resource identifiers in a request or response by walking its SDK fields, so the audit
 * log names what a call touched without knowing each operation: {@code VolumeId}, {@code Resources},
 * {@code DBClusterIdentifier}, a Route53 record's {@code Name}...
 */
public final class ResourceIds {

    private static final int MAX_DEPTH = 5;
    private static final int MAX_IDS = 500;
    private static final Set<String> NOT_RESOURCES = Set.of(
            "OwnerId", "KmsKeyId", "ClientToken", "RequestId", "AccountId", "OwnerAlias", "UserId",
            "DbiResourceId", "DbClusterResourceId", "KeyId");
    private static final Set<String> EXTRA_MEMBERS = Set.of("Resources", "DocumentName");

    private ResourceIds() {
    }

    public static List<String> of(Object... pojos) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object pojo : pojos) {
            collect(pojo, "", "", 0, ids);
        }
        return new ArrayList<>(ids);
    }

    private static void collect(Object value, String member, String owner, int depth, Set<String> ids) {
        if (value == null || depth > MAX_DEPTH || ids.size() >= MAX_IDS) {
            return;
        }
        if (value instanceof String text) {
            if (isResourceMember(member, owner) && !text.isBlank()) {
                ids.add(text);
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                collect(item, member, owner, depth + 1, ids);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                collect(item, member, owner, depth + 1, ids);
            }
        } else if (value instanceof SdkPojo pojo) {
            String type = pojo.getClass().getSimpleName();
            for (SdkField<?> field : pojo.sdkFields()) {
                collect(field.getValueOrDefault(pojo), field.memberName(), type, depth + 1, ids);
            }
        }
    }

    private static boolean isResourceMember(String member, String owner) {
        if (NOT_RESOURCES.contains(member)) {
            return false;
        }
        if (owner.equals("ResourceRecordSet") && member.equals("Name")) {
            return true;
        }
        return EXTRA_MEMBERS.contains(member) || member.endsWith("Id") || member.endsWith("Ids")
                || member.endsWith("Identifier") || member.endsWith("Identifiers");
    }
}
