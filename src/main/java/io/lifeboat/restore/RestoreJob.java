package io.lifeboat.restore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A restore as it runs and after: the plan, its steps with their state, and the DNS cutover. Saved in
 * the local store at every change, so a job outlives the process that started it: reopening Lifeboat
 * resumes it from the first step not done, and a failed step is retried without redoing the others.
 */
public record RestoreJob(String id, Instant createdAt, Instant updatedAt, JobAccount account, RestorePlan plan,
                         List<JobStep> steps, Cutover cutover) {

    public enum Status { RUNNING, DONE, FAILED }

    public RestoreJob {
        steps = List.copyOf(steps);
    }

    /** A new job: every step of the plan pending. */
    public static RestoreJob start(RestorePlan plan, JobAccount account, Instant now) {
        List<JobStep> steps = new ArrayList<>();
        if (plan.cluster()) {
            steps.add(JobStep.pending(StepKind.RESTORE_CLUSTER, plan.targetId()));
            steps.add(JobStep.pending(StepKind.WAIT_CLUSTER, plan.targetId()));
            plan.instances().forEach(i -> steps.add(JobStep.pending(StepKind.CREATE_INSTANCE, i.id())));
        } else {
            steps.add(JobStep.pending(StepKind.RESTORE_INSTANCE, plan.targetId()));
        }
        steps.add(JobStep.pending(StepKind.WAIT_INSTANCES, plan.targetId()));
        if (plan.cutover() != null) {
            steps.add(JobStep.pending(StepKind.CUTOVER, plan.cutover().recordName()));
        }
        return new RestoreJob(plan.jobId(), now, now, account, plan, steps,
                plan.cutover() == null ? null : Cutover.planned(plan.cutover()));
    }

    /** Failed while any step failed; done when every step is; running (or to resume) otherwise. */
    public Status status() {
        if (steps.stream().anyMatch(s -> s.state() == StepState.FAILED)) {
            return Status.FAILED;
        }
        return steps.stream().allMatch(s -> s.state() == StepState.DONE) ? Status.DONE : Status.RUNNING;
    }

    /** The first step not done yet. */
    public Optional<JobStep> current() {
        return steps.stream().filter(s -> s.state() != StepState.DONE).findFirst();
    }

    /** From the first step's start to the last one's end (or {@code now}). */
    public Duration elapsed(Instant now) {
        Instant start = steps.get(0).startedAt();
        if (start == null) {
            return Duration.ZERO;
        }
        Instant end = status() == Status.DONE ? steps.get(steps.size() - 1).endedAt() : now;
        return Duration.between(start, end == null ? now : end);
    }

    public Cutover.State cutoverState() {
        return cutover == null ? null : cutover.state();
    }

    RestoreJob withStep(int index, JobStep step, Instant now) {
        List<JobStep> next = new ArrayList<>(steps);
        next.set(index, step);
        return new RestoreJob(id, createdAt, now, account, plan, next, cutover);
    }

    RestoreJob withCutover(Cutover next, Instant now) {
        return new RestoreJob(id, createdAt, now, account, plan, steps, next);
    }

    /** Failed and half-run steps back to pending; done ones stay done. */
    public RestoreJob toResume(Instant now) {
        List<JobStep> next = steps.stream().map(s -> s.state() == StepState.DONE ? s : s.reset()).toList();
        return new RestoreJob(id, createdAt, now, account, plan, next, cutover);
    }

    /** Adds a DNS cutover as the last step, for a job made without one. */
    public RestoreJob withCutoverStep(CutoverTarget target, Instant now) {
        if (cutover != null && cutover.state() != Cutover.State.REVERTED) {
            throw new IllegalStateException("Job " + id + " already switches " + cutover.target().recordName());
        }
        List<JobStep> next = new ArrayList<>(steps.stream().filter(s -> s.kind() != StepKind.CUTOVER).toList());
        next.add(JobStep.pending(StepKind.CUTOVER, target.recordName()));
        return new RestoreJob(id, createdAt, now, account, plan.withCutover(target), next, Cutover.planned(target));
    }
}
