package io.lifeboat.backup;

/**
 * Where one region of a running backup stands: volumes snapshotted and snapshots deleted so far, and
 * what its pacing has learned of EC2's rate there.
 *
 * @param volumesDone volumes whose create call has ended (made, failed, or found made)
 * @param failed volumes and deletions that failed so far
 * @param left volumes and deletions not started because the time budget ran out
 * @param rate the learned rate of mutating calls per second, or NaN before any throttling
 * @param throttles throttling answers in the region so far
 */
public record RegionProgress(String region, Phase phase, int volumes, int volumesDone, int deletions, int deletionsDone,
                             int failed, int left, double rate, long throttles) {

    public enum Phase {
        WAITING("waiting"),
        SNAPSHOTTING("snapshotting"),
        CHECKING("checking for duplicates"),
        DELETING("deleting"),
        DONE("done"),
        /** Stopped by the time budget or a cancel, with work left. */
        STOPPED("stopped");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.STOPPED;
    }

    /** Work units (volumes and deletions) done, of all the region's. */
    public int done() {
        return volumesDone + deletionsDone;
    }

    public int total() {
        return volumes + deletions;
    }
}
