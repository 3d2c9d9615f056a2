package io.lifeboat.tasks;

/** What a running task can tell the world, and ask. */
public interface TaskContext {

    /** Determinate progress: {@code done} of {@code total} units (volumes, pages, instances). */
    void progress(long done, long total);

    /** What the task is doing now, in a few words. */
    void message(String text);

    boolean cancelled();

    /** Throws {@link TaskCancelledException} if the user cancelled; call it between steps. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new TaskCancelledException();
        }
    }

    /** A context that reports nowhere, for code run outside a task. */
    TaskContext NONE = new TaskContext() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
