package io.lifeboat.backup;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Something the plan leaves alone, and why: a volume it does not snapshot, or a due snapshot it
 * does not delete.
 *
 * @param volumeId the volume concerned (the snapshot's volume for deletion reasons)
 * @param snapshotId the due snapshot for deletion reasons; today's snapshot for an already snapshotted
 *                   volume; else {@code null}
 * @param instanceId the volume's instance, or {@code null}
 * @param detail the reason as a sentence, naming what it is about (the snapshot made today, the AMI)
 */
public record PlanSkip(String region, String volumeId, String snapshotId, String instanceId, String instanceName,
                       Reason reason, String detail) {

    /** What is left alone: the snapshot for deletion reasons, else the volume. */
    public String resourceId() {
        return reason.aboutDeletion() ? snapshotId : volumeId;
    }

    public enum Reason {
        OPTED_OUT("opted-out", false),
        NOT_COVERED("not-covered", false),
        MISCONFIGURED("misconfigured", false),
        VOLUME_NOT_READY("volume-not-ready", false),
        ALREADY_SNAPSHOTTED_TODAY("already-snapshotted-today", false),
        /** An earlier snapshot of the volume is still in progress (or EC2's pending limit is reached). */
        PREVIOUS_SNAPSHOT_PENDING("previous-snapshot-pending", false),
        SNAPSHOT_PENDING("snapshot-pending", true),
        UNREADABLE_DELETE_ON("unreadable-delete-on", true),
        IN_USE_BY_AMI("in-use-by-ami", true),
        KEEP_NEWEST("keep-newest", true),
        /** The newest completed automated snapshot of a volume still backed up: a history never expires to nothing. */
        LAST_OF_VOLUME("last-of-volume", true);

        private final String id;
        private final boolean aboutDeletion;

        Reason(String id, boolean aboutDeletion) {
            this.id = id;
            this.aboutDeletion = aboutDeletion;
        }

        @JsonValue
        public String id() {
            return id;
        }

        /** Whether the skipped thing is a due snapshot (else a volume). */
        public boolean aboutDeletion() {
            return aboutDeletion;
        }
    }
}
