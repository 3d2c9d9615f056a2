package io.lifeboat.aws.sandbox.ec2;

import java.time.Duration;
import java.time.Instant;

/** One EBS snapshot in a region; state and progress are derived from its start and the clock. */
final class SnapshotRecord {

    /** What copied snapshots name as their volume: AWS gives them an arbitrary id not to be used. */
    static final String COPY_VOLUME_ID = "vol-ffffffff";

    final long sequence;
    final String id;
    final String volumeId;
    final int volumeSize;
    final Instant startTime;
    /** When it completes; null for a snapshot that failed. */
    final Instant completeAt;
    final String description;
    final boolean encrypted;
    final String kmsKeyId;
    final String ownerId;
    final ResourceTags tags;

    SnapshotRecord(long sequence, String id, String volumeId, int volumeSize, Instant startTime, Instant completeAt,
                   String description, boolean encrypted, String kmsKeyId, String ownerId, ResourceTags tags) {
        this.sequence = sequence;
        this.id = id;
        this.volumeId = volumeId;
        this.volumeSize = volumeSize;
        this.startTime = startTime;
        this.completeAt = completeAt;
        this.description = description == null ? "" : description;
        this.encrypted = encrypted;
        this.kmsKeyId = kmsKeyId;
        this.ownerId = ownerId;
        this.tags = tags;
    }

    boolean failed() {
        return completeAt == null;
    }

    String state(Instant now) {
        if (failed()) {
            return "error";
        }
        return now.isBefore(completeAt) ? "pending" : "completed";
    }

    /** "NN%": grows linearly while pending, never shows 100% before the state says completed. */
    String progress(Instant now) {
        if (failed()) {
            return "0%";
        }
        if (!now.isBefore(completeAt)) {
            return "100%";
        }
        long total = Duration.between(startTime, completeAt).toMillis();
        long done = Math.max(0, Duration.between(startTime, now).toMillis());
        long percent = total <= 0 ? 99 : Math.min(99, done * 100 / total);
        return percent + "%";
    }
}
