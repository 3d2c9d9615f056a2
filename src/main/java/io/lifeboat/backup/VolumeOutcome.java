package io.lifeboat.backup;

import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeboat.aws.Problem;

/**
 * What a run did for one volume.
 *
 * @param snapshotId the snapshot made (or found made) today, or {@code null}
 * @param problem why it failed, or {@code null}
 * @param attempts create calls sent for it (retries included); 0 when nothing was sent
 */
public record VolumeOutcome(String region, String volumeId, String instanceId, String instanceName, String device,
                            Status status, String snapshotId, String detail, Problem problem, int attempts) {

    public enum Status {
        CREATED("created"),
        ALREADY_DONE("already-done"),
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
