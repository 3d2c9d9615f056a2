package io.lifeboat.tasks;

/** Thrown inside a task body when the user cancelled it. */
public class TaskCancelledException extends RuntimeException {

    public TaskCancelledException() {
        super("Cancelled");
    }
}
