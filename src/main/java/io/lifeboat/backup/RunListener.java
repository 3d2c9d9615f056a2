package io.lifeboat.backup;

/**
 * Told how each region of a run progresses, from the run's worker threads (at most every tenth of a
 * second per region, and at each change of phase): hand the value over to your own thread.
 */
@FunctionalInterface
public interface RunListener {

    void regionProgress(RegionProgress progress);

    RunListener NONE = progress -> { };
}
