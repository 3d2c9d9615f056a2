package io.lifeboat.tasks;

import java.util.List;

/**
 * Runs every operation as a task. The desktop uses {@link BackgroundTaskRunner} (workers, callbacks
 * on the JavaFX thread); the CLI, Lambda and tests use {@link InlineTaskRunner} (the caller's thread).
 * It is the one way view models run work off the JavaFX thread and get results back on it.
 */
public interface TaskRunner {

    <T> TaskHandle<T> submit(TaskSpec<T> spec);

    /**
     * Runs {@code action} where task callbacks run (the JavaFX thread on the desktop; at once, on the
     * caller's thread, inline): for a task body that hands over partial results as it goes.
     */
    void runOnCallbackThread(Runnable action);

    /** Hears of every task except local ones ({@link TaskSpec#local()}). */
    void addListener(TaskListener listener);

    /** Tasks queued or running now. */
    List<TaskHandle<?>> active();
}
