package io.lifeboat.commands;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An EC2 instance as Run Command sees it: EC2's facts joined with what SSM knows of it.
 *
 * @param platform "Linux", "Windows" or "MacOS": SSM's platform type when it manages the instance, else EC2's
 * @param ssm      what SSM's DescribeInstanceInformation says, or {@code null} when SSM does not know the
 *                 instance (a command would never reach it)
 */
public record FleetInstance(String region, String id, String name, String platform, String state, SsmNode ssm,
                            boolean hasInstanceProfile, Map<String, String> tags) {

    /** SSM's view of a managed instance. */
    public record SsmNode(String pingStatus, String agentVersion, String platformName, Instant lastPing) {

        public boolean online() {
            return "Online".equals(pingStatus);
        }
    }

    public FleetInstance {
        tags = Map.copyOf(tags);
    }

    public boolean managed() {
        return ssm != null;
    }

    public boolean running() {
        return "running".equals(state);
    }

    /** {@code Online}, {@code ConnectionLost}, {@code Inactive}, or {@code null} when not managed. */
    public String pingStatus() {
        return ssm == null ? null : ssm.pingStatus();
    }

    public String agentVersion() {
        return ssm == null ? null : ssm.agentVersion();
    }

    public String platformName() {
        return ssm == null ? null : ssm.platformName();
    }

    /** Why a command of a document for any platform would not reach this instance; empty when it would. */
    public List<Reachability> unreachable() {
        return Reachability.of(this, null);
    }

    /** The reasons in one line, or {@code null} when a command would reach it. */
    public String unreachableReason() {
        return Reachability.describe(this, unreachable());
    }
}
