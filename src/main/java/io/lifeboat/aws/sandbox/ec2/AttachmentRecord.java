package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;

/** A volume's attachment to an instance; its state is derived from when it was asked for. */
final class AttachmentRecord {

    final String instanceId;
    final String device;
    final Instant attachTime;
    final Instant attachedAt;
    final boolean deleteOnTermination;
    Instant detachRequestedAt;

    AttachmentRecord(String instanceId, String device, Instant attachTime, Instant attachedAt,
                     boolean deleteOnTermination) {
        this.instanceId = instanceId;
        this.device = device;
        this.attachTime = attachTime;
        this.attachedAt = attachedAt;
        this.deleteOnTermination = deleteOnTermination;
    }

    String state(Instant now) {
        if (detachRequestedAt != null) {
            return gone(now) ? "detached" : "detaching";
        }
        return now.isBefore(attachedAt) ? "attaching" : "attached";
    }

    boolean gone(Instant now) {
        return detachRequestedAt != null && !now.isBefore(detachRequestedAt.plus(Ec2Timing.DETACHING));
    }
}
