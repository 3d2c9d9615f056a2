package io.lifeboat.backup;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.backup.PlanSkip.Reason;
import io.lifeboat.tasks.TaskContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Executes a plan: creates first, then deletions, one batch (a create call, or a deletion) at a time.
 * One batch's failure never stops the others. Cancelling stops between batches; what was not reached
 * is reported as cancelled, and since every snapshot carries its tags from creation, the next run
 * plans exactly the rest. Deletions run only with an approval of this very plan.
 */
public final class BackupRunner {

    private final ServiceClients clients;
    private final Backoff backoff;

    public BackupRunner(ServiceClients clients, Backoff backoff) {
        this.clients = clients;
        this.backoff = backoff;
    }

    /** @param approval the yes to the plan's deletions, or {@code null}: deletions are then refused, creates still run */
    public BackupReport run(BackupPlan plan, RunScope scope, DeletionApproval approval, TaskContext context) {
        Instant startedAt = clients.clock().instant();
        Progress progress = new Progress(context, (scope.creates() ? plan.totals().volumes() : 0)
                + (scope.prunes() ? plan.deletions().size() : 0));
        long createStart = System.nanoTime();
        List<VolumeOutcome> volumes = scope.creates() ? creates(plan, progress) : List.of();
        long createMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - createStart);
        long pruneStart = System.nanoTime();
        List<DeletionOutcome> deletions = new ArrayList<>();
        String refusal = null;
        if (scope.prunes() && !plan.deletions().isEmpty()) {
            refusal = refusal(plan, approval);
            if (refusal != null) {
                plan.deletions().forEach(d -> deletions.add(SnapshotPruner.outcome(d, DeletionOutcome.Status.NOT_APPROVED,
                        null, null, 0)));
            } else {
                deletions.addAll(prune(plan, progress));
            }
        }
        long pruneMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pruneStart);
        return new BackupReport(plan.policyName(), plan.regions(), scope, startedAt, clients.clock().instant(),
                createMillis, pruneMillis, volumes, deletions, refusal, plan.failedRegions());
    }

    private List<VolumeOutcome> creates(BackupPlan plan, Progress progress) {
        List<VolumeOutcome> outcomes = new ArrayList<>();
        for (SnapshotCreate create : plan.creates()) {
            if (progress.cancelled()) {
                create.volumeIds().forEach(v -> outcomes.add(cancelled(create, v)));
                continue;
            }
            progress.message("Snapshotting " + (create.instanceId() == null ? create.volumeIds().get(0)
                    : label(create)) + " in " + create.region());
            try {
                outcomes.addAll(new SnapshotCreator(clients.ec2(create.region()), backoff, plan.policyName(),
                        clients.clock()).create(create));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                create.volumeIds().forEach(v -> outcomes.add(cancelled(create, v)));
            }
            progress.advance(create.volumes().size());
        }
        List<VolumeOutcome> swept = sweep(plan, outcomes);
        outcomes.clear();
        outcomes.addAll(swept);
        // Listed after what this run did: the volumes that already had tonight's snapshot.
        plan.skips().stream().filter(s -> s.reason() == Reason.ALREADY_SNAPSHOTTED_TODAY).forEach(s -> outcomes.add(
                new VolumeOutcome(s.region(), s.volumeId(), s.instanceId(), s.instanceName(), null,
                        VolumeOutcome.Status.ALREADY_DONE, s.snapshotId(), s.detail(), null, 0)));
        return outcomes;
    }

    /** Region by region, removes what an overlapping run made twice ({@link DuplicateSweep}). */
    private List<VolumeOutcome> sweep(BackupPlan plan, List<VolumeOutcome> outcomes) {
        Map<String, List<VolumeOutcome>> byRegion = new LinkedHashMap<>();
        outcomes.forEach(o -> byRegion.computeIfAbsent(o.region(), k -> new ArrayList<>()).add(o));
        List<VolumeOutcome> result = new ArrayList<>();
        for (Map.Entry<String, List<VolumeOutcome>> region : byRegion.entrySet()) {
            try {
                result.addAll(new DuplicateSweep(clients.ec2(region.getKey()), backoff, plan.policyName())
                        .sweep(region.getKey(), region.getValue()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.addAll(region.getValue());
            } catch (RuntimeException listingFailed) {
                // The snapshots made are fine; a duplicate, if there is one, stays until its DeleteOn, and costs little.
                result.addAll(region.getValue());
            }
        }
        return result;
    }

    private List<DeletionOutcome> prune(BackupPlan plan, Progress progress) {
        List<DeletionOutcome> outcomes = new ArrayList<>();
        for (SnapshotDeletion due : plan.deletions()) {
            if (progress.cancelled()) {
                outcomes.add(SnapshotPruner.outcome(due, DeletionOutcome.Status.CANCELLED, null, null, 0));
                continue;
            }
            progress.message("Deleting " + due.snapshotId() + " (due " + due.deleteOn() + ") in " + due.region());
            try {
                outcomes.add(new SnapshotPruner(clients.ec2(due.region()), backoff).delete(due));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(SnapshotPruner.outcome(due, DeletionOutcome.Status.CANCELLED, null, null, 0));
            }
            progress.advance(1);
        }
        return outcomes;
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

    private static VolumeOutcome cancelled(SnapshotCreate create, String volumeId) {
        return SnapshotCreator.outcome(create, volumeId, VolumeOutcome.Status.CANCELLED, null,
                "Cancelled before it was reached; the next run plans it again.", null, 0);
    }

    private static String label(SnapshotCreate create) {
        String name = create.instanceName() == null || create.instanceName().isBlank() ? create.instanceId()
                : create.instanceName();
        return name + " (" + create.volumes().size() + (create.volumes().size() == 1 ? " volume)" : " volumes)");
    }

    /** Volume and deletion counts through the task's progress; cancelled once asked, or interrupted. */
    private static final class Progress {
        private final TaskContext context;
        private final long total;
        private long done;

        Progress(TaskContext context, long total) {
            this.context = context;
            this.total = total;
            context.progress(0, total);
        }

        void advance(int units) {
            done += units;
            context.progress(done, total);
        }

        void message(String text) {
            context.message(text);
        }

        boolean cancelled() {
            return context.cancelled() || Thread.currentThread().isInterrupted();
        }
    }
}
