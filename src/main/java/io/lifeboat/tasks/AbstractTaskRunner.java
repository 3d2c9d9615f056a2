package io.lifeboat.tasks;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The life of a task, shared by both runners: run the body, record the outcome, call back. */
abstract class AbstractTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractTaskRunner.class);

    private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private final List<TaskHandle<?>> active = new CopyOnWriteArrayList<>();
    private final Map<Object, TaskHandle<?>> latest = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Executor callbacks;
    private final Function<Throwable, Problem> describer;

    AbstractTaskRunner(Executor callbacks, Function<Throwable, Problem> describer) {
        this.callbacks = callbacks;
        this.describer = describer == null ? AwsErrors::describe : describer;
    }

    @Override
    public <T> TaskHandle<T> submit(TaskSpec<T> spec) {
        return start(new TaskHandle<>(spec, null, this));
    }

    <T> TaskHandle<T> resubmit(TaskHandle<T> previous) {
        return start(new TaskHandle<>(previous.spec(), previous.id(), this));
    }

    private <T> TaskHandle<T> start(TaskHandle<T> handle) {
        Object slot = handle.spec().slot();
        if (slot != null) {
            TaskHandle<?> previous = latest.put(slot, handle);
            if (previous != null) {
                previous.supersede();
            }
        }
        active.add(handle);
        changed(handle, TaskListener.Change.SUBMITTED);
        schedule(handle);
        return handle;
    }

    /** Runs {@link #execute} now or later, on some thread. */
    abstract <T> void schedule(TaskHandle<T> handle);

    final <T> void execute(TaskHandle<T> handle) {
        if (handle.cancelRequested()) {
            finish(handle, TaskState.CANCELLED, null, null);
            return;
        }
        handle.started();
        changed(handle, TaskListener.Change.STARTED);
        CurrentTask.set(handle);
        try {
            T value = handle.spec().body().run(handle);
            if (handle.cancelRequested()) {
                finish(handle, TaskState.CANCELLED, null, null);
            } else {
                finish(handle, TaskState.SUCCEEDED, value, null);
            }
        } catch (TaskCancelledException | InterruptedException e) {
            finish(handle, TaskState.CANCELLED, null, null);
        } catch (Throwable e) {
            if (handle.cancelRequested()) {
                finish(handle, TaskState.CANCELLED, null, null);
            } else {
                LOG.warn("Task failed: {}", handle.title(), e);
                finish(handle, TaskState.FAILED, null, e);
            }
        } finally {
            CurrentTask.clear();
            Thread.interrupted();
        }
    }

    void cancelled(TaskHandle<?> handle) {
        if (handle.state() == TaskState.QUEUED) {
            finish(handle, TaskState.CANCELLED, null, null);
        }
    }

    private <T> void finish(TaskHandle<T> handle, TaskState state, T value, Throwable error) {
        if (handle.state().finished()) {
            return;
        }
        Problem problem = error == null ? null : describer.apply(error);
        handle.finished(state, problem);
        active.remove(handle);
        if (handle.spec().slot() != null) {
            latest.remove(handle.spec().slot(), handle);
        }
        changed(handle, TaskListener.Change.FINISHED);
        TaskSpec<T> spec = handle.spec();
        // Callbacks are handed over before the result completes, so a caller waiting on the result of
        // a runner with same-thread callbacks sees them done. Superseded is checked on the callback
        // thread, where the newer task was submitted: no race.
        try {
            callbacks.execute(() -> {
                if (handle.superseded()) {
                    return;
                }
                if (state == TaskState.SUCCEEDED) {
                    spec.onSuccess().accept(value);
                } else if (state == TaskState.FAILED) {
                    spec.onFailure().accept(new TaskFailure(problem, error));
                }
                spec.onFinished().run();
            });
        } finally {
            if (state == TaskState.SUCCEEDED) {
                handle.result().complete(value);
            } else if (state == TaskState.FAILED) {
                handle.result().completeExceptionally(error);
            } else {
                handle.result().cancel(false);
            }
        }
    }

    @Override
    public void runOnCallbackThread(Runnable action) {
        callbacks.execute(action);
    }

    void changed(TaskHandle<?> handle, TaskListener.Change change) {
        if (handle.spec().local()) {
            return;
        }
        for (TaskListener listener : listeners) {
            try {
                listener.changed(handle, change);
            } catch (RuntimeException e) {
                LOG.warn("Task listener failed", e);
            }
        }
    }

    @Override
    public void addListener(TaskListener listener) {
        listeners.add(listener);
    }

    @Override
    public List<TaskHandle<?>> active() {
        return List.copyOf(active);
    }
}
