package io.lifeboat.backup;

import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeboat.aws.Problem;

/** What a run did with one due snapshot. */
public record DeletionOutcome(String region, String snapshotId, String volumeId, int sizeGiB, Status status,
                              String detail, Problem problem, int attempts) {

    public enum Status {
        DELETED("deleted"),
        /** Already deleted by someone else before the call: nothing left to do. */
        ALREADY_GONE("already-gone"),
        /** An AMI registered since the plan uses it ({@code InvalidSnapshot.InUse}). */
        IN_USE("in-use"),
        NOT_APPROVED("not-approved"),
        FAILED("failed"),
        CANCELLED("cancelled"),
        /** Not started: the run's time budget was running out; the next run takes it. */
        LEFT("left");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }
}
