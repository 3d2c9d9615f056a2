package io.lifeboat.aws.sandbox.ssm;

import java.time.Instant;
import software.amazon.awssdk.services.ssm.model.PingStatus;
import software.amazon.awssdk.services.ssm.model.PlatformType;

/**
 * An instance registered with SSM (its agent reported in at least once). Instances without an agent
 * or instance profile never become one: SSM does not know them at all.
 *
 * @param lastSeen      when the agent last pinged, for nodes that stopped pinging; online nodes ping
 *                      every few minutes, so their last ping is derived from the clock when read
 * @param troubled      the demo's flaky node: package-manager commands fail on it (a stuck yum lock)
 */
public record ManagedNode(String instanceId, PingStatus pingStatus, Instant lastSeen, String agentVersion,
                          boolean latestAgent, PlatformType platformType, String platformName,
                          String platformVersion, String computerName, String ipAddress,
                          String associationStatus, boolean troubled) {

    public boolean online() {
        return pingStatus == PingStatus.ONLINE;
    }

    /** Whether SendCommand accepts the node (ConnectionLost ones are accepted, then time out). */
    public boolean targetable() {
        return pingStatus != PingStatus.INACTIVE;
    }

    public boolean windows() {
        return platformType == PlatformType.WINDOWS;
    }
}
