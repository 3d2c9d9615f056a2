package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;

/** One instance's state in a region; mutable, guarded by the region's lock. */
final class InstanceRecord {

    final long sequence;
    final String id;
    final String reservationId;
    final String imageId;
    final String instanceType;
    final String availabilityZone;
    final String privateIp;
    /** "windows" or null (Linux), as EC2's Platform field. */
    final String platform;
    final String rootDeviceName;
    final Instant launchTime;
    final String instanceProfileArn;
    final ResourceTags tags;
    final int launchIndex;

    /** Where the instance is heading: running, stopped or terminated; pending/shutting-down are derived from time. */
    Target target;
    Instant changedAt;
    String transitionReason = "";

    enum Target { RUNNING, STOPPED, TERMINATED }

    InstanceRecord(long sequence, String id, String reservationId, String imageId, String instanceType,
                   String availabilityZone, String privateIp, String platform, String rootDeviceName,
                   Instant launchTime, String instanceProfileArn, ResourceTags tags, int launchIndex) {
        this.sequence = sequence;
        this.id = id;
        this.reservationId = reservationId;
        this.imageId = imageId;
        this.instanceType = instanceType;
        this.availabilityZone = availabilityZone;
        this.privateIp = privateIp;
        this.platform = platform;
        this.rootDeviceName = rootDeviceName;
        this.launchTime = launchTime;
        this.instanceProfileArn = instanceProfileArn;
        this.tags = tags;
        this.launchIndex = launchIndex;
        this.target = Target.RUNNING;
        this.changedAt = launchTime;
    }

    /** The EC2 state name now: pending and shutting-down last a few seconds of sandbox time. */
    String stateName(Instant now) {
        return switch (target) {
            case RUNNING -> now.isBefore(changedAt.plus(Ec2Timing.INSTANCE_PENDING)) ? "pending" : "running";
            case STOPPED -> "stopped";
            case TERMINATED -> now.isBefore(changedAt.plus(Ec2Timing.SHUTTING_DOWN)) ? "shutting-down" : "terminated";
        };
    }

    static int stateCode(String stateName) {
        return switch (stateName) {
            case "pending" -> 0;
            case "running" -> 16;
            case "shutting-down" -> 32;
            case "terminated" -> 48;
            case "stopping" -> 64;
            default -> 80;
        };
    }

    boolean terminated() {
        return target == Target.TERMINATED;
    }
}
