package io.lifeboat.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a command would never reach an instance that matches its targets. A pure function of EC2's facts
 * (state, instance profile, platform), SSM's (ping status) and the document's platforms. Whether a
 * profile carries the AmazonSSMManagedInstanceCore policy needs IAM, which Lifeboat does not ask: an
 * instance with a profile that SSM does not know gets the list of what to check.
 */
public enum Reachability {
    /** Not managed, and no instance profile: the agent has no credentials to register with. */
    NO_INSTANCE_PROFILE(true),
    /** Not managed although it has a profile: the role's policy, the agent or the network. */
    NOT_REGISTERED(true),
    /** SSM marks the node Inactive (deregistered, or terminated): SendCommand refuses it. */
    INACTIVE(true),
    /** The instance is not running: the command waits for it until the delivery timeout. */
    NOT_RUNNING(false),
    /** The agent stopped answering (ConnectionLost): the command waits until the delivery timeout. */
    AGENT_OFFLINE(false),
    /** The document does not run on the instance's platform: the invocation fails. */
    WRONG_PLATFORM(false);

    /** SSM's platform types; anything else (Moto answers "Not Implemented (moto)") says nothing. */
    private static final List<String> PLATFORMS = List.of("Linux", "Windows", "MacOS");

    private final boolean notSent;

    Reachability(boolean notSent) {
        this.notSent = notSent;
    }

    /** SSM will not even send to it: not a target (by tag), or refused (by id). */
    public boolean notSent() {
        return notSent;
    }

    /**
     * Every reason that applies, most fundamental first; empty when the command would run there.
     *
     * @param documentPlatforms the document's platform types, or {@code null} to leave the platform out
     */
    public static List<Reachability> of(FleetInstance instance, List<String> documentPlatforms) {
        return of(instance, documentPlatforms, true);
    }

    /**
     * @param ssmKnown whether SSM could be asked which instances it manages; when it could not (no
     *                 permission, an endpoint without DescribeInstanceInformation) only EC2's facts count
     */
    public static List<Reachability> of(FleetInstance instance, List<String> documentPlatforms, boolean ssmKnown) {
        List<Reachability> reasons = new ArrayList<>();
        if (!ssmKnown) {
            // nothing to say about SSM's side
        } else if (!instance.managed()) {
            reasons.add(instance.hasInstanceProfile() ? NOT_REGISTERED : NO_INSTANCE_PROFILE);
        } else if ("Inactive".equals(instance.pingStatus())) {
            reasons.add(INACTIVE);
        }
        if (!instance.running()) {
            reasons.add(NOT_RUNNING);
        } else if (ssmKnown && instance.managed() && !instance.ssm().online() && !reasons.contains(INACTIVE)) {
            reasons.add(AGENT_OFFLINE);
        }
        List<String> known = documentPlatforms == null ? List.of()
                : documentPlatforms.stream().filter(p -> PLATFORMS.contains(p)).toList();
        if (!known.isEmpty() && known.stream().noneMatch(p -> p.equalsIgnoreCase(instance.platform()))) {
            reasons.add(WRONG_PLATFORM);
        }
        return List.copyOf(reasons);
    }

    /** The reasons as one sentence for this instance, or {@code null} when there are none. */
    public static String describe(FleetInstance instance, List<Reachability> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        return reasons.stream().map(r -> r.text(instance)).collect(Collectors.joining("; "));
    }

    public String text(FleetInstance instance) {
        return switch (this) {
            case NO_INSTANCE_PROFILE -> "Not managed by SSM: no instance profile (attach one whose role has "
                    + "AmazonSSMManagedInstanceCore)";
            case NOT_REGISTERED -> "Not managed by SSM: it has an instance profile but SSM does not know it (check the "
                    + "role has AmazonSSMManagedInstanceCore, the SSM agent is installed and running, and the instance "
                    + "can reach the SSM endpoints)";
            case INACTIVE -> "SSM marks it Inactive (deregistered)";
            case NOT_RUNNING -> "Instance " + instance.state() + ": the command waits until the delivery timeout";
            case AGENT_OFFLINE -> "SSM agent " + instance.pingStatus()
                    + (instance.ssm().lastPing() == null ? "" : " since " + instance.ssm().lastPing())
                    + ": the command waits until the delivery timeout";
            case WRONG_PLATFORM -> "The document does not run on " + instance.platform();
        };
    }
}
