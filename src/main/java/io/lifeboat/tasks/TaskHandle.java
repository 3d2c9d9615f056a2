package io.lifeboat.tasks;

import io.lifeboat.aws.Problem;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A submitted task as it runs: state, progress, message and outcome. Written by the runner's worker
 * thread, read from any thread; listeners hear of every change.
 */
public final class TaskHandle<T> implements TaskContext {

    private final String id = UUID.randomUUID().toString();
    private final TaskSpec<T> spec;
    private final String retryOf;
    private final AbstractTaskRunner runner;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Instant submittedAt = Instant.now();
    private volatile TaskState state = TaskState.QUEUED;
    private volatile long done;
    private volatile long total = -1;
    private volatile String message = "";
    private volatile Problem problem;
    private volatile Instant startedAt;
    private volatile Instant endedAt;
    private volatile boolean cancelRequested;
    private volatile boolean superseded;
    private volatile Future<?> execution;

    TaskHandle(TaskSpec<T> spec, String retryOf, AbstractTaskRunner runner) {
        this.spec = spec;
        this.retryOf = retryOf;
        this.runner = runner;
    }

    public String id() {
        return id;
    }

    public TaskSpec<T> spec() {
        return spec;
    }

    public String title() {
        return spec.title();
    }

    /** The task this one retries, or {@code null}. */
    public String retryOf() {
        return retryOf;
    }

    public TaskState state() {
        return state;
    }

    public long done() {
        return done;
    }

    /** Units to do, or -1 while unknown (indeterminate progress). */
    public long total() {
        return total;
    }

    public String message() {
        return message;
    }

    public Problem problem() {
        return problem;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public CompletableFuture<T> result() {
        return result;
    }

    /** Asks the task to stop; a queued task never starts, a running one is interrupted. */
    public void cancel() {
        if (state.finished()) {
            return;
        }
        cancelRequested = true;
        Future<?> running = execution;
        if (running != null) {
            running.cancel(true);
        }
        runner.cancelled(this);
    }

    /** A newer task took this one's slot: it stops, and calls nothing back. */
    void supersede() {
        superseded = true;
        cancel();
    }

    /** Whether a newer task took this one's slot ({@link TaskSpec.Builder#onlyLatest}). */
    public boolean superseded() {
        return superseded;
    }

    /** Submits the same spec again; the new task remembers which one it retries. */
    public TaskHandle<T> retry() {
        return runner.resubmit(this);
    }

    @Override
    public void progress(long doneUnits, long totalUnits) {
        this.done = doneUnits;
        this.total = totalUnits;
        runner.changed(this, TaskListener.Change.PROGRESS);
    }

    @Override
    public void message(String text) {
        this.message = text == null ? "" : text;
        runner.changed(this, TaskListener.Change.PROGRESS);
    }

    @Override
    public boolean cancelled() {
        return cancelRequested || Thread.currentThread().isInterrupted() && state == TaskState.RUNNING;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void execution(Future<?> future) {
        this.execution = future;
    }

    void started() {
        this.startedAt = Instant.now();
        this.state = TaskState.RUNNING;
    }

    void finished(TaskState finalState, Problem failure) {
        this.problem = failure;
        this.endedAt = Instant.now();
        this.state = finalState;
    }

    @Override
    public String toString() {
        return spec.title() + " [" + state + "]";
    }
}
