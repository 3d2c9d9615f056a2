package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;

/** One EBS volume in a region; mutable, guarded by the region's lock. */
final class VolumeRecord {

    final long sequence;
    final String id;
    final int size;
    final String type;
    final Integer iops;
    final Integer throughput;
    final boolean encrypted;
    final String kmsKeyId;
    final String availabilityZone;
    final Instant createTime;
    /** When "creating" ends. */
    final Instant readyAt;
    /** "" when not made from a snapshot, as EC2 answers. */
    final String snapshotId;
    final ResourceTags tags;

    AttachmentRecord attachment;

    VolumeRecord(long sequence, String id, int size, String type, Integer iops, Integer throughput, boolean encrypted,
                 String kmsKeyId, String availabilityZone, Instant createTime, Instant readyAt, String snapshotId,
                 ResourceTags tags) {
        this.sequence = sequence;
        this.id = id;
        this.size = size;
        this.type = type;
        this.iops = iops;
        this.throughput = throughput;
        this.encrypted = encrypted;
        this.kmsKeyId = kmsKeyId;
        this.availabilityZone = availabilityZone;
        this.createTime = createTime;
        this.readyAt = readyAt;
        this.snapshotId = snapshotId == null ? "" : snapshotId;
        this.tags = tags;
    }

    /** creating, then available or in-use; a detaching volume is still in-use until the detach completes. */
    String state(Instant now) {
        if (now.isBefore(readyAt)) {
            return "creating";
        }
        return attachment == null || attachment.gone(now) ? "available" : "in-use";
    }

    /** The attachment as of now (null once a detach has completed). */
    AttachmentRecord attachment(Instant now) {
        return attachment == null || attachment.gone(now) ? null : attachment;
    }
}
