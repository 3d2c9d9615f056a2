package io.lifeboat.app;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.Mode;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.restore.CutoverTarget;
import io.lifeboat.restore.JobAccount;
import io.lifeboat.restore.RestoreChecks;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.restore.RestoreJobRunner;
import io.lifeboat.restore.RestorePlan;
import io.lifeboat.restore.WaitPace;
import io.lifeboat.store.Database;
import io.lifeboat.store.RestoreJobs;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The restore jobs of this data directory, for the desktop and the command line alike: starting one
 * (checked, then saved before the first call), running, resuming and retrying it, the DNS cutover and
 * its revert. A job is run by one runner at a time (claimed in the store), so a job the command line
 * is running is watched, not run again, by the desktop. Every method that calls AWS or reads the store
 * blocks: call it in a task. Listeners hear of every saved change on the callback executor.
 */
public final class RestoreJobCenter implements AutoCloseable {

    private final RestoreJobs store;
    private final Executor callbacks;
    private final JobRunnerId runner = JobRunnerId.open();
    private final List<Consumer<RestoreJob>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private volatile WaitPace pace;

    public RestoreJobCenter(Database database, Executor callbacks) {
        this.store = new RestoreJobs(database);
        this.callbacks = callbacks;
    }

    /** How jobs poll (tests set one that moves the sandbox clock); by default from the connection's mode. */
    public void pace(WaitPace wanted) {
        this.pace = wanted;
    }

    public void addListener(Consumer<RestoreJob> listener) {
        listeners.add(listener);
    }

    /** The newest first, with who runs each. */
    public List<RestoreJobEntry> recent(int limit) {
        return store.recent(limit).stream().map(this::entry).toList();
    }

    public Optional<RestoreJobEntry> find(String id) {
        return store.find(id).map(this::entry);
    }

    /**
     * The plan checked against the account, reads only (what {@link #start} checks first): the source
     * read again, its window, the new names, the subnet and security groups.
     */
    public io.lifeboat.restore.ClusterSummary check(RestorePlan plan, Connection connection, TaskContext context) {
        return new RestoreChecks(connection.clients()).require(plan, context);
    }

    /** Checks the plan against the account (reads only), saves the job, runs it to the end. */
    public RestoreJob start(RestorePlan plan, Connection connection, TaskContext context) {
        refuseReadOnly(connection);
        new RestoreChecks(connection.clients()).require(plan, context);
        RestoreJob job = RestoreJob.start(plan, account(connection), connection.clients().clock().instant());
        save(job);
        return holding(job.id(), connection, claimed -> runner(connection).run(claimed, context));
    }

    /** Runs a job from its first step not done: after a restart, or to retry a failed step. */
    public RestoreJob resume(String id, Connection connection, TaskContext context) {
        refuseReadOnly(connection);
        return holding(id, connection, job -> runner(connection).run(job, context));
    }

    /** Adds the DNS cutover to a job (one restored without it, or reverted) and runs it. */
    public RestoreJob switchDns(String id, CutoverTarget target, Connection connection, TaskContext context) {
        refuseReadOnly(connection);
        return holding(id, connection, job -> {
            RestoreJob withCutover = job.withCutoverStep(target, connection.clients().clock().instant());
            save(withCutover);
            return runner(connection).run(withCutover, context);
        });
    }

    /**
     * Puts the CNAME back as it was before the cutover.
     *
     * @param evenIfChanged revert even if someone changed the record since the cutover
     */
    public RestoreJob revert(String id, boolean evenIfChanged, Connection connection, TaskContext context) {
        refuseReadOnly(connection);
        return holding(id, connection, job -> runner(connection).revert(job, evenIfChanged, context));
    }

    /** Unfinished jobs of this account nobody runs (a sandbox's only from this process: it lives in memory). */
    public List<RestoreJob> resumable(Connection connection) {
        JobAccount here = account(connection);
        return store.recent(200).stream()
                .filter(row -> row.job().status() == RestoreJob.Status.RUNNING && !active.contains(row.job().id()))
                .filter(row -> runner.id().equals(row.runner()) || !JobRunnerId.alive(row.runner()))
                .filter(row -> row.job().account().sameAccount(here))
                .filter(row -> !here.sandbox() || JobRunnerId.inThisProcess(row.runner()))
                .map(RestoreJobs.Row::job).toList();
    }

    /** Resumes tracking every {@link #resumable} job, each in a task of its own. */
    public void resumeUnfinished(Connection connection, TaskRunner tasks) {
        if (connection.readOnly()) {
            return;
        }
        for (RestoreJob job : resumable(connection)) {
            tasks.submit(TaskSpec.titled("Resume restore job " + job.id() + " (" + job.plan().sourceId() + " → "
                            + job.plan().targetId() + ")").mutating().resources(List.of(job.plan().targetId()))
                    .body(context -> resume(job.id(), connection, context)).build());
        }
    }

    private RestoreJob holding(String id, Connection connection, Function<RestoreJob, RestoreJob> work) {
        RestoreJobs.Row row = store.find(id).orElseThrow(() -> problem(Problem.Kind.NOT_FOUND, "NoSuchJob",
                "There is no restore job " + id + " in this data directory.", "lifeboat restore jobs lists them."));
        if (!row.job().account().sameAccount(account(connection))) {
            throw problem(Problem.Kind.INVALID_INPUT, "OtherAccount", "Job " + id + " runs in account "
                    + row.job().account().accountId() + " (" + row.job().account().profile() + "), not in this one.",
                    "Connect to that account to work on it.");
        }
        if (active.contains(id)) {
            throw problem(Problem.Kind.INVALID_INPUT, "JobRunning", "Job " + id + " is running already.", null);
        }
        if (JobRunnerId.alive(row.runner()) && !runner.id().equals(row.runner())) {
            throw problem(Problem.Kind.INVALID_INPUT, "JobRunningElsewhere", "Job " + id + " is being run by another "
                    + "Lifeboat (pid " + JobRunnerId.pid(row.runner()) + ").", "Watch it there, or wait for it to end.");
        }
        if (!runner.id().equals(row.runner()) && !store.claim(id, row.runner(), runner.id())) {
            throw problem(Problem.Kind.INVALID_INPUT, "JobRunningElsewhere", "Job " + id
                    + " was just taken by another Lifeboat.", "Watch it there.");
        }
        active.add(id);
        try {
            return work.apply(store.find(id).orElseThrow().job());
        } finally {
            // The runner stays recorded: it tells a later start whether the job ran in this process.
            active.remove(id);
            store.find(id).ifPresent(r -> notifyListeners(r.job()));
        }
    }

    private RestoreJobRunner runner(Connection connection) {
        WaitPace chosen = pace;
        if (chosen == null) {
            // The sandbox and emulators (a custom endpoint) answer at once: no need to pace them like AWS.
            boolean simulated = connection.mode() == Mode.SANDBOX || connection.spec().endpoint() != null;
            chosen = simulated ? WaitPace.every(Duration.ofSeconds(1)) : WaitPace.aws();
        }
        return new RestoreJobRunner(connection.clients(), this::save, chosen);
    }

    private void save(RestoreJob job) {
        store.save(job);
        notifyListeners(job);
    }

    private void notifyListeners(RestoreJob job) {
        if (!listeners.isEmpty()) {
            callbacks.execute(() -> listeners.forEach(l -> l.accept(job)));
        }
    }

    private RestoreJobEntry entry(RestoreJobs.Row row) {
        boolean here = active.contains(row.job().id());
        String elsewhere = !here && !runner.id().equals(row.runner()) && JobRunnerId.alive(row.runner()) ? "another Lifeboat (pid "
                + JobRunnerId.pid(row.runner()) + ")" : null;
        return new RestoreJobEntry(row.job(), here, elsewhere);
    }

    static JobAccount account(Connection connection) {
        return new JobAccount(connection.spec().label(), connection.accountId(),
                connection.spec().endpoint() == null ? null : connection.spec().endpoint().toString(),
                connection.spec().sandbox());
    }

    private static void refuseReadOnly(Connection connection) {
        if (connection.readOnly()) {
            throw problem(Problem.Kind.READ_ONLY, "ReadOnlyMode", "Read-only mode: a restore creates a cluster and "
                    + "instances, and a cutover changes a DNS record.", "Switch read-only mode off to run it.");
        }
    }

    private static ProblemException problem(Problem.Kind kind, String code, String message, String fix) {
        return new ProblemException(new Problem(kind, code, message, fix));
    }

    @Override
    public void close() {
        runner.close();
    }
}
