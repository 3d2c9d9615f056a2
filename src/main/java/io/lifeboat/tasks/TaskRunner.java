package io.lifeboat.tasks;

import java.util.List;

/**
 * Runs every operation as a task. The desktop uses {@link BackgroundTaskRunner} (workers, callbacks
 * on the JavaFX thread); the CLI, Lambda and tests use {@link InlineTaskRunner} (the caller's thread).
 */
public interface TaskRunner {

    <T> TaskHandle<T> submit(TaskSpec<T> spec);

    void addListener(TaskListener listener);

    /** Tasks queued or running now. */
    List<TaskHandle<?>> active();
}
