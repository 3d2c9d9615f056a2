package io.lifeboat.app;

import io.lifeboat.restore.RestoreJob;

/**
 * A restore job as the lists show it: the job, and whether someone is running it now.
 *
 * @param elsewhere the other process running it ("pid 4242"), or {@code null}
 */
public record RestoreJobEntry(RestoreJob job, boolean runningHere, String elsewhere) {

    /** running, running elsewhere, interrupted, done, failed. */
    public String status() {
        return switch (job.status()) {
            case DONE -> "done";
            case FAILED -> "failed";
            case RUNNING -> runningHere ? "running" : elsewhere != null ? "running in " + elsewhere : "interrupted";
        };
    }

    /** Nobody is running it and it is not finished: it can be resumed (or retried). */
    public boolean resumable() {
        return !runningHere && elsewhere == null && job.status() != RestoreJob.Status.DONE;
    }
}
