package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InstanceInformationStringFilter;
import software.amazon.awssdk.services.ssm.model.ResourceType;

/**
 * DescribeInstanceInformation: the managed nodes of a region. Instances without an SSM agent or role
 * are simply absent, which is how AWS shows them and how the Run Command preview tells them apart.
 */
public final class SsmInventory {

    private final SsmState state;

    public SsmInventory(SsmState state) {
        this.state = state;
    }

    public Pages.Page<InstanceInformation> describe(List<InstanceInformationStringFilter> filters,
                                                    Integer maxResults, String nextToken, Instant now) {
        int size = SsmCommands.pageSize(maxResults, 5, 50);
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        filters.forEach(f -> wanted.put(f.key(), f.values()));
        boolean needsTags = wanted.keySet().stream().anyMatch(k -> k.startsWith("tag"));
        Map<String, Map<String, String>> tags = needsTags
                ? state.directory().instances(state.region()).stream()
                .collect(Collectors.toMap(InstanceDirectory.DirectoryInstance::instanceId,
                        InstanceDirectory.DirectoryInstance::tags, (a, b) -> a))
                : Map.of();
        return state.locked(() -> {
            List<InstanceInformation> matching = state.nodes().values().stream()
                    .filter(n -> wanted.entrySet().stream().allMatch(e -> matches(n, e.getKey(), e.getValue(),
                            tags.getOrDefault(n.instanceId(), Map.of()))))
                    .map(n -> information(n, now))
                    .toList();
            return SsmCommands.page(matching, nextToken, size, "DescribeInstanceInformation");
        });
    }

    private static boolean matches(ManagedNode node, String key, List<String> values, Map<String, String> tags) {
        return switch (key) {
            case "InstanceIds" -> values.contains(node.instanceId());
            case "PingStatus" -> values.contains(node.pingStatus().toString());
            case "PlatformTypes" -> values.contains(node.platformType().toString());
            default -> {
                if (key.startsWith("tag:")) {
                    yield values.contains(tags.get(key.substring(4)));
                }
                throw SsmErrors.invalidFilterKey("The filter key " + key + " is not valid for DescribeInstanceInformation.");
            }
        };
    }

    static InstanceInformation information(ManagedNode node, Instant now) {
        // Online agents ping every five minutes or so; a stable offset per node keeps reads consistent.
        Instant lastPing = node.online()
                ? now.minusSeconds(Math.floorMod(node.instanceId().hashCode(), 290) + 5L) : node.lastSeen();
        return InstanceInformation.builder()
                .instanceId(node.instanceId())
                .pingStatus(node.pingStatus())
                .lastPingDateTime(lastPing)
                .agentVersion(node.agentVersion())
                .isLatestVersion(node.latestAgent())
                .platformType(node.platformType())
                .platformName(node.platformName())
                .platformVersion(node.platformVersion())
                .resourceType(ResourceType.EC2_INSTANCE)
                .iamRole("LifeboatSsmInstanceRole")
                .computerName(node.computerName())
                .ipAddress(node.ipAddress())
                .associationStatus(node.associationStatus())
                .lastAssociationExecutionDate(lastPing.minusSeconds(1800))
                .lastSuccessfulAssociationExecutionDate(lastPing.minusSeconds(1800))
                .sourceId(node.instanceId())
                .sourceType("AWS::EC2::Instance")
                .build();
    }
}
