package io.lifeboat.restore;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskCancelledException;
import io.lifeboat.tasks.TaskContext;
import java.time.Clock;

/**
 * Runs a restore job's steps in order, from the first one not done: restore, wait for the cluster,
 * create each instance, wait for every instance, switch the DNS name. Every change is saved before
 * the next call, and every step can run again (see {@link DatabaseSteps}), so a job resumed after a
 * crash, or retried after a failure, redoes nothing that was done. The same runner serves the desktop
 * and the command line; waits are the SDK's waiters at the {@link WaitPace} given, never a sleep here.
 */
public final class RestoreJobRunner {

    private final ServiceClients clients;
    private final RestoreJobStore store;
    private final WaitPace pace;
    private final Clock clock;

    public RestoreJobRunner(ServiceClients clients, RestoreJobStore store, WaitPace pace) {
        this.clients = clients;
        this.store = store;
        this.pace = pace;
        this.clock = clients.clock();
    }

    /**
     * @return the job, done
     * @throws ProblemException when a step failed (the job is saved failed, to retry)
     * @throws TaskCancelledException when cancelled (the step is saved pending, to resume)
     */
    public RestoreJob run(RestoreJob job, TaskContext context) {
        JobProgress progress = new JobProgress(job.toResume(clock.instant()), store, clock);
        store.save(progress.job());
        int steps = job.steps().size();
        for (int i = 0; i < steps; i++) {
            if (progress.job().steps().get(i).state() != StepState.DONE) {
                context.progress(i, steps);
                execute(progress, i, context);
            }
        }
        context.progress(steps, steps);
        return progress.job();
    }

    /** Puts the CNAME back to what it was before the cutover. */
    public RestoreJob revert(RestoreJob job, boolean evenIfChanged, TaskContext context) {
        JobProgress progress = new JobProgress(job, store, clock);
        context.message("Revert " + job.cutover().target().recordName() + " to " + job.cutover().previous().value());
        cutover().revert(progress, evenIfChanged, context);
        return progress.job();
    }

    private void execute(JobProgress progress, int index, TaskContext context) {
        JobStep step = progress.job().steps().get(index);
        context.message(step.label());
        progress.step(index, s -> s.running(clock.instant()));
        try {
            String outcome = perform(progress, index, step, context);
            progress.step(index, s -> s.done(clock.instant(), outcome));
        } catch (TaskCancelledException e) {
            progress.step(index, JobStep::reset);
            throw e;
        } catch (RuntimeException e) {
            if (context.cancelled() || Thread.currentThread().isInterrupted()) {
                progress.step(index, JobStep::reset);
                throw new TaskCancelledException();
            }
            Problem problem = AwsErrors.describe(e);
            progress.step(index, s -> s.failed(clock.instant(), problem));
            throw e instanceof ProblemException known ? known : new ProblemException(problem, e);
        }
    }

    private String perform(JobProgress progress, int index, JobStep step, TaskContext context) {
        RestorePlan plan = progress.job().plan();
        DatabaseSteps database = new DatabaseSteps(clients.rds(plan.region()), plan, pace);
        return switch (step.kind()) {
            case RESTORE_CLUSTER -> database.restoreCluster();
            case WAIT_CLUSTER -> database.waitForCluster(context, progress, index);
            case CREATE_INSTANCE -> database.createInstance(plan.instances().stream()
                    .filter(i -> i.id().equals(step.resource())).findFirst().orElseThrow());
            case RESTORE_INSTANCE -> database.restoreInstance();
            case WAIT_INSTANCES -> database.waitForInstances(context, progress, index);
            case CUTOVER -> cutover().switchOver(progress, index, database.writerEndpoint(), context);
        };
    }

    private CutoverSteps cutover() {
        return new CutoverSteps(clients.route53(), new DnsZones(clients), pace);
    }
}
