package io.lifeboat.tasks;

/** Hears of every task's life: the activity log persists it, the desktop shows it. */
@FunctionalInterface
public interface TaskListener {

    enum Change { SUBMITTED, STARTED, PROGRESS, FINISHED }

    /** Called on the thread that made the change; listeners hand off to their own thread. */
    void changed(TaskHandle<?> task, Change change);
}
