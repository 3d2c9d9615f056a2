package io.lifeboat.aws.sandbox.ssm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * Turns SendCommand's InstanceIds or Targets into the managed nodes that receive an invocation.
 * Several Targets must all match (they are ANDed). Instances that match a tag but are not managed by
 * SSM are silently not targeted, as on AWS; naming one explicitly is an InvalidInstanceId error.
 */
final class TargetResolver {

    private final SsmState state;
    private final String accountId;
    private final List<InstanceDirectory.DirectoryInstance> directory;

    /** @param directory the region's instances, read before the lock was taken (tag targets only) */
    TargetResolver(SsmState state, String accountId, List<InstanceDirectory.DirectoryInstance> directory) {
        this.state = state;
        this.accountId = accountId;
        this.directory = directory;
    }

    /** Called under the region's lock. */
    List<ManagedNode> resolve(SendCommandRequest request) {
        boolean ids = request.hasInstanceIds() && !request.instanceIds().isEmpty();
        boolean targets = request.hasTargets() && !request.targets().isEmpty();
        if (ids == targets) {
            throw SsmErrors.validation(ids ? "You can specify InstanceIds or Targets, but not both."
                    : "You must specify InstanceIds or Targets.");
        }
        if (ids) {
            if (request.instanceIds().size() > 50) {
                throw SsmErrors.validation("1 validation error detected: Value at 'instanceIds' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 50");
            }
            return explicit(request.instanceIds());
        }
        if (request.targets().size() > 5) {
            throw SsmErrors.validation("1 validation error detected: Value at 'targets' failed to satisfy constraint: "
                    + "Member must have length less than or equal to 5");
        }
        Set<String> matching = null;
        for (Target target : request.targets()) {
            Set<String> ids1 = match(target);
            if (matching == null) {
                matching = ids1;
            } else {
                matching.retainAll(ids1);
            }
        }
        List<ManagedNode> result = new ArrayList<>();
        for (String id : matching) {
            ManagedNode node = state.nodes().get(id);
            if (node != null && node.targetable()) {
                result.add(node);
            }
        }
        return result;
    }

    private List<ManagedNode> explicit(List<String> instanceIds) {
        List<String> invalid = new ArrayList<>();
        List<ManagedNode> nodes = new ArrayList<>();
        for (String id : new LinkedHashSet<>(instanceIds)) {
            ManagedNode node = state.nodes().get(id);
            if (node == null || !node.targetable()) {
                invalid.add(id);
            } else {
                nodes.add(node);
            }
        }
        if (!invalid.isEmpty()) {
            throw SsmErrors.invalidInstanceId("Instances " + invalid + " not in a valid state for account " + accountId);
        }
        return nodes;
    }

    private Set<String> match(Target target) {
        String key = target.key() == null ? "" : target.key();
        if (!target.hasValues() || target.values().isEmpty() || target.values().size() > 50) {
            throw SsmErrors.invalidTarget("Target " + key + " must have between 1 and 50 values.");
        }
        Set<String> ids = new java.util.TreeSet<>();
        if (key.toLowerCase(Locale.ROOT).equals("instanceids")) {
            explicit(target.values()).forEach(n -> ids.add(n.instanceId()));
            return ids;
        }
        if (key.startsWith("tag:") && key.length() > 4) {
            String tag = key.substring(4);
            directory.stream()
                    .filter(i -> i.tags().containsKey(tag) && target.values().contains(i.tags().get(tag)))
                    .forEach(i -> ids.add(i.instanceId()));
            return ids;
        }
        if (key.startsWith("resource-groups:")) {
            throw SsmErrors.invalidTarget("Resource groups are not available in the sandbox account.");
        }
        throw SsmErrors.invalidTarget("Target key " + key + " is not valid in the sandbox account. Use InstanceIds "
                + "or tag:<key>.");
    }
}
