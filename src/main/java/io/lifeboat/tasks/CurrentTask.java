package io.lifeboat.tasks;

import java.util.Optional;

/** The task running on this thread, so the audit log can name the task behind each call. */
public final class CurrentTask {

    private static final ThreadLocal<TaskHandle<?>> CURRENT = new ThreadLocal<>();

    private CurrentTask() {
    }

    public static Optional<TaskHandle<?>> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(TaskHandle<?> task) {
        CURRENT.set(task);
    }

    static void clear() {
        CURRENT.remove();
    }
}
