package io.lifeboat.backup;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.aws.pace.Pace;
import io.lifeboat.backup.PacedWorkers.Stop;
import io.lifeboat.backup.RegionProgress.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * One region's part of a run: its creates, then the duplicate sweep over what they made, then (when
 * approved) its deletions, each with the concurrency the region's learned pace allows. Regions run side
 * by side, since EC2 meters each region apart. Results come back in plan order.
 */
final class RegionRun {

    /** Threads per region: the most calls a region's pace ever keeps in flight. */
    private static final int THREADS = Pace.UNPACED.window();

    record Result(List<VolumeOutcome> volumes, List<DeletionOutcome> deletions, long createMillis, long pruneMillis) {
    }

    private final String region;
    private final ServiceClients clients;
    private final Backoff backoff;
    private final String policyName;
    private final List<SnapshotCreate> creates;
    private final List<SnapshotDeletion> deletions;
    private final RunProgress progress;
    private final PacedWorkers workers;
    private final Pace pace;
    private final LongSupplier nanoTime;

    RegionRun(String region, ServiceClients clients, Backoff backoff, String policyName, List<SnapshotCreate> creates,
              List<SnapshotDeletion> deletions, RunProgress progress, ExecutorService threads, TimeBudget budget,
              BooleanSupplier cancelled, LongSupplier nanoTime) {
        this.region = region;
        this.clients = clients;
        this.backoff = backoff;
        this.policyName = policyName;
        this.creates = List.copyOf(creates);
        this.deletions = List.copyOf(deletions);
        this.progress = progress;
        this.pace = clients.pace(region);
        this.nanoTime = nanoTime;
        this.workers = new PacedWorkers(threads, THREADS, pace, budget, cancelled, nanoTime);
    }

    /** @param prune whether the deletions run (approved and in scope); otherwise none is attempted here */
    Result run(boolean prune) {
        long start = nanoTime.getAsLong();
        progress.phase(region, Phase.SNAPSHOTTING);
        List<List<VolumeOutcome>> made = workers.each(creates, this::create, this::notStarted, this::sweepTime);
        List<VolumeOutcome> volumes = new ArrayList<>();
        made.forEach(volumes::addAll);
        if (volumes.stream().anyMatch(v -> v.status() == VolumeOutcome.Status.CREATED)) {
            progress.phase(region, Phase.CHECKING);
            volumes = sweep(volumes);
        }
        long createMillis = millisSince(start);
        long pruneStart = nanoTime.getAsLong();
        List<DeletionOutcome> deleted = List.of();
        if (prune && !deletions.isEmpty()) {
            progress.phase(region, Phase.DELETING);
            deleted = workers.each(deletions, this::delete, this::notStarted, ran -> Duration.ZERO);
        }
        boolean stopped = volumes.stream().anyMatch(v -> v.status() == VolumeOutcome.Status.LEFT
                || v.status() == VolumeOutcome.Status.CANCELLED)
                || deleted.stream().anyMatch(d -> d.status() == DeletionOutcome.Status.LEFT
                || d.status() == DeletionOutcome.Status.CANCELLED);
        progress.phase(region, stopped ? Phase.STOPPED : Phase.DONE);
        return new Result(volumes, deleted, createMillis, prune ? millisSince(pruneStart) : 0);
    }

    private List<VolumeOutcome> create(SnapshotCreate create) {
        List<VolumeOutcome> outcomes;
        try {
            outcomes = new SnapshotCreator(clients.ec2(create.region()), backoff, policyName, clients.clock()).create(create);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcomes = notStarted(create, Stop.CANCELLED);
        }
        progress.volumes(region, create.volumes().size(), count(outcomes, VolumeOutcome.Status.FAILED), 0);
        return outcomes;
    }

    private DeletionOutcome delete(SnapshotDeletion due) {
        DeletionOutcome outcome;
        try {
            outcome = new SnapshotPruner(clients.ec2(due.region()), backoff).delete(due);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = SnapshotPruner.outcome(due, DeletionOutcome.Status.CANCELLED, null, null, 0);
        }
        progress.deletions(region, 1, outcome.status() == DeletionOutcome.Status.FAILED ? 1 : 0, 0);
        return outcome;
    }

    /** Removes what an overlapping run made twice ({@link DuplicateSweep}); a failed listing changes nothing. */
    private List<VolumeOutcome> sweep(List<VolumeOutcome> volumes) {
        try {
            return new DuplicateSweep(clients.ec2(region), backoff, policyName).sweep(region, volumes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return volumes;
        } catch (RuntimeException listingFailed) {
            // The snapshots made are fine; a duplicate, if there is one, stays until its DeleteOn, and costs little.
            return volumes;
        }
    }

    /** The duplicate sweep's expected time after {@code ran} creates: a listing per 200 volumes made. */
    private Duration sweepTime(int ran) {
        double latency = pace.latencySeconds();
        if (Double.isNaN(latency)) {
            return Duration.ZERO;
        }
        long calls = creates.stream().limit(ran).mapToLong(c -> c.volumes().size()).sum() / PolicySnapshots.FILTER_VALUES + 1;
        return Duration.ofMillis((long) (calls * latency * 1500));
    }

    private List<VolumeOutcome> notStarted(SnapshotCreate create, Stop why) {
        List<VolumeOutcome> outcomes = new ArrayList<>();
        create.volumeIds().forEach(v -> outcomes.add(why == Stop.BUDGET
                ? SnapshotCreator.outcome(create, v, VolumeOutcome.Status.LEFT, null,
                        "Not started: the time budget was running out; the next run takes it.", null, 0)
                : SnapshotCreator.outcome(create, v, VolumeOutcome.Status.CANCELLED, null,
                        "Cancelled before it was reached; the next run plans it again.", null, 0)));
        progress.volumes(region, 0, 0, why == Stop.BUDGET ? outcomes.size() : 0);
        return outcomes;
    }

    private DeletionOutcome notStarted(SnapshotDeletion due, Stop why) {
        progress.deletions(region, 0, 0, why == Stop.BUDGET ? 1 : 0);
        return why == Stop.BUDGET
                ? SnapshotPruner.outcome(due, DeletionOutcome.Status.LEFT,
                        "Not started: the time budget was running out; the next run deletes it.", null, 0)
                : SnapshotPruner.outcome(due, DeletionOutcome.Status.CANCELLED, null, null, 0);
    }

    private static int count(List<VolumeOutcome> outcomes, VolumeOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    private long millisSince(long start) {
        return (nanoTime.getAsLong() - start) / 1_000_000;
    }
}
