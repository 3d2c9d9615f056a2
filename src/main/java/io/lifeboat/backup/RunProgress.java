package io.lifeboat.backup;

import io.lifeboat.aws.pace.Pace;
import io.lifeboat.backup.RegionProgress.Phase;
import io.lifeboat.tasks.TaskContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The run's progress, region by region, from the worker threads: counts kept per region, handed to the
 * {@link RunListener} (each region at most every {@value #EVERY_MILLIS} ms, and at each change of
 * phase) and summed into the task's progress and message.
 */
final class RunProgress {

    private static final long EVERY_MILLIS = 100;

    private final TaskContext context;
    private final RunListener listener;
    private final Function<String, Pace> paces;
    private final LongSupplier nanoTime;
    private final Map<String, Tally> regions = new LinkedHashMap<>();
    private long reportedDone = -1;

    RunProgress(TaskContext context, RunListener listener, Function<String, Pace> paces, LongSupplier nanoTime) {
        this.context = context;
        this.listener = listener;
        this.paces = paces;
        this.nanoTime = nanoTime;
    }

    /** Declares a region's work before the run starts, so every region shows from the first moment. */
    synchronized void region(String region, int volumes, int deletions) {
        regions.put(region, new Tally(region, volumes, deletions));
    }

    synchronized void start() {
        regions.values().forEach(t -> publish(t, true));
    }

    synchronized void phase(String region, Phase phase) {
        Tally tally = regions.get(region);
        tally.phase = phase;
        publish(tally, true);
    }

    synchronized void volumes(String region, int done, int failed, int left) {
        Tally tally = regions.get(region);
        tally.volumesDone += done;
        tally.failed += failed;
        tally.left += left;
        publish(tally, false);
    }

    synchronized void deletions(String region, int done, int failed, int left) {
        Tally tally = regions.get(region);
        tally.deletionsDone += done;
        tally.failed += failed;
        tally.left += left;
        publish(tally, false);
    }

    private void publish(Tally tally, boolean always) {
        long now = nanoTime.getAsLong();
        if (!always && now - tally.publishedAt < EVERY_MILLIS * 1_000_000) {
            return;
        }
        tally.publishedAt = now;
        Pace pace = paces.apply(tally.region);
        listener.regionProgress(new RegionProgress(tally.region, tally.phase, tally.volumes, tally.volumesDone,
                tally.deletions, tally.deletionsDone, tally.failed, tally.left, pace.rate(), pace.throttles()));
        long done = regions.values().stream().mapToLong(t -> t.volumesDone + t.deletionsDone).sum();
        if (done != reportedDone) {
            reportedDone = done;
            context.progress(done, total());
        }
        context.message(regions.values().stream().map(t -> t.region + " " + (t.volumesDone + t.deletionsDone) + "/"
                + (t.volumes + t.deletions)).collect(Collectors.joining(", ")));
    }

    private long total() {
        return regions.values().stream().mapToLong(t -> t.volumes + t.deletions).sum();
    }

    private static final class Tally {
        final String region;
        final int volumes;
        final int deletions;
        Phase phase = Phase.WAITING;
        int volumesDone;
        int deletionsDone;
        int failed;
        int left;
        long publishedAt = Long.MIN_VALUE / 2;

        Tally(String region, int volumes, int deletions) {
            this.region = region;
            this.volumes = volumes;
            this.deletions = deletions;
        }
    }
}
