package io.lifeboat.backup;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.backup.PlanSkip.Reason;
import io.lifeboat.tasks.TaskContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Executes a plan: every region at once ({@link RegionRun}), each creating first, then deleting, as
 * fast as its learned pace allows. One batch's failure never stops the others. A cancel stops starting
 * batches (the calls in flight end); what was not reached is reported as cancelled, and since every
 * snapshot carries its tags from creation, the next run plans exactly the rest. A time budget stops the
 * same way, what was not started reported as left. Deletions run only with an approval of this very plan.
 * The report lists volumes region by region in plan order, then the volumes already done; deletions in
 * plan order.
 */
public final class BackupRunner {

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final ServiceClients clients;
    private final Backoff backoff;
    private final LongSupplier nanoTime = System::nanoTime;

    public BackupRunner(ServiceClients clients, Backoff backoff) {
        this.clients = clients;
        this.backoff = backoff;
    }

    /** @param approval the yes to the plan's deletions, or {@code null}: deletions are then refused, creates still run */
    public BackupReport run(BackupPlan plan, RunScope scope, DeletionApproval approval, TaskContext context) {
        return run(plan, scope, approval, context, TimeBudget.none(), RunListener.NONE);
    }

    public BackupReport run(BackupPlan plan, RunScope scope, DeletionApproval approval, TaskContext context,
                            TimeBudget budget, RunListener listener) {
        Instant startedAt = clients.clock().instant();
        String refusal = scope.prunes() && !plan.deletions().isEmpty() ? refusal(plan, approval) : null;
        boolean prune = scope.prunes() && refusal == null;
        Map<String, List<SnapshotCreate>> creates = new LinkedHashMap<>();
        Map<String, List<SnapshotDeletion>> deletions = new LinkedHashMap<>();
        if (scope.creates()) {
            plan.creates().forEach(c -> creates.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c));
        }
        if (prune) {
            plan.deletions().forEach(d -> deletions.computeIfAbsent(d.region(), k -> new ArrayList<>()).add(d));
        }
        Set<String> regions = new LinkedHashSet<>(creates.keySet());
        regions.addAll(deletions.keySet());
        RunProgress progress = new RunProgress(context, listener, clients::pace, nanoTime);
        for (String region : regions) {
            progress.region(region, creates.getOrDefault(region, List.of()).stream().mapToInt(c -> c.volumes().size()).sum(),
                    deletions.getOrDefault(region, List.of()).size());
        }
        progress.start();

        Map<String, RegionRun.Result> results = runRegions(plan.policyName(), regions, creates, deletions, progress, context,
                budget, prune);

        List<VolumeOutcome> volumes = new ArrayList<>();
        long createMillis = 0;
        long pruneMillis = 0;
        Map<String, DeletionOutcome> deleted = new LinkedHashMap<>();
        for (RegionRun.Result result : results.values()) {
            volumes.addAll(result.volumes());
            result.deletions().forEach(d -> deleted.put(d.snapshotId(), d));
            createMillis = Math.max(createMillis, result.createMillis());
            pruneMillis = Math.max(pruneMillis, result.pruneMillis());
        }
        if (scope.creates()) {
            // Listed after what this run did: the volumes that already had tonight's snapshot.
            plan.skips().stream().filter(s -> s.reason() == Reason.ALREADY_SNAPSHOTTED_TODAY).forEach(s -> volumes.add(
                    new VolumeOutcome(s.region(), s.volumeId(), s.instanceId(), s.instanceName(), null,
                            VolumeOutcome.Status.ALREADY_DONE, s.snapshotId(), s.detail(), null, 0)));
        }
        List<DeletionOutcome> deletionOutcomes = new ArrayList<>();
        if (scope.prunes()) {
            for (SnapshotDeletion due : plan.deletions()) {
                deletionOutcomes.add(refusal != null
                        ? SnapshotPruner.outcome(due, DeletionOutcome.Status.NOT_APPROVED, null, null, 0)
                        : deleted.get(due.snapshotId()));
            }
        }
        return new BackupReport(plan.policyName(), plan.regions(), scope, startedAt, clients.clock().instant(),
                createMillis, pruneMillis, volumes, deletionOutcomes, refusal, plan.failedRegions());
    }

    /**
     * Every region on a thread of its own, its calls on a shared pool; waits for all. A cancel (an interrupt
     * of the calling thread, or the task's flag) stops them starting more, and they end after the calls
     * in flight, so the report is always whole.
     */
    private Map<String, RegionRun.Result> runRegions(String policyName, Set<String> regions,
                                                     Map<String, List<SnapshotCreate>> creates,
                                                     Map<String, List<SnapshotDeletion>> deletions, RunProgress progress,
                                                     TaskContext context, TimeBudget budget, boolean prune) {
        Map<String, RegionRun.Result> results = new LinkedHashMap<>();
        if (regions.isEmpty()) {
            return results;
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService calls = Executors.newCachedThreadPool(r -> thread(r, "backup-call-"));
        ExecutorService regionThreads = Executors.newFixedThreadPool(regions.size(), r -> thread(r, "backup-region-"));
        try {
            Map<String, Future<RegionRun.Result>> running = new LinkedHashMap<>();
            for (String region : regions) {
                RegionRun run = new RegionRun(region, clients, backoff, policyName,
                        creates.getOrDefault(region, List.of()), deletions.getOrDefault(region, List.of()), progress,
                        calls, budget, () -> stop.get() || context.cancelled(), nanoTime);
                running.put(region, regionThreads.submit(() -> run.run(prune)));
            }
            boolean interrupted = false;
            for (Map.Entry<String, Future<RegionRun.Result>> region : running.entrySet()) {
                while (!results.containsKey(region.getKey())) {
                    try {
                        results.put(region.getKey(), region.getValue().get());
                    } catch (InterruptedException e) {
                        interrupted = true;
                        stop.set(true);
                        calls.shutdownNow();
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("The backup of " + region.getKey() + " failed: " + e.getCause(),
                                e.getCause());
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return results;
        } finally {
            calls.shutdownNow();
            regionThreads.shutdownNow();
        }
    }

    private static Thread thread(Runnable r, String prefix) {
        Thread thread = new Thread(r, prefix + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    private static String refusal(BackupPlan plan, DeletionApproval approval) {
        int count = plan.deletions().size();
        if (approval == null) {
            return count + (count == 1 ? " deletion was" : " deletions were") + " not approved, so none ran "
                    + "(confirm them in the app, pass --yes, or set LIFEBOAT_PRUNE=true).";
        }
        if (!approval.matches(plan)) {
            return "The approval was given for " + approval.count() + " other deletions, not these " + count
                    + ": none ran. Review the new plan and approve it.";
        }
        return null;
    }
}
