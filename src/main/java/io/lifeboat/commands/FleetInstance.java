package io.lifeboat.commands;

import java.time.Instant;
import java.util.Map;

/**
 * An EC2 instance as Run Command sees it: whether SSM manages it, and how its agent is doing.
 *
 * @param pingStatus {@code Online}, {@code ConnectionLost}, {@code Inactive}, or {@code null} when SSM
 *                   does not manage the instance (a command would never reach it)
 */
public record FleetInstance(String region, String id, String name, String platform, String state, String pingStatus,
                            String agentVersion, String platformName, String ipAddress, Instant lastPing,
                            boolean hasInstanceProfile, Map<String, String> tags) {

    public boolean managed() {
        return pingStatus != null;
    }

    /** Why a command would not reach this instance, or {@code null} when it would. */
    public String unreachableReason() {
        if (!managed()) {
            return hasInstanceProfile
                    ? "Not managed by SSM: the agent has never registered (is it installed, and does the instance profile include AmazonSSMManagedInstanceCore?)"
                    : "Not managed by SSM: no instance profile (attach one with AmazonSSMManagedInstanceCore)";
        }
        if (!"Online".equals(pingStatus)) {
            return "SSM agent " + pingStatus + (lastPing == null ? "" : " since " + lastPing)
                    + ("running".equals(state) ? "" : " (instance " + state + ")");
        }
        return null;
    }
}
