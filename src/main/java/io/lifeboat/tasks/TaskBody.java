package io.lifeboat.tasks;

/** The work of a task. Runs on a worker thread (or the caller's, in the CLI and tests). */
@FunctionalInterface
public interface TaskBody<T> {

    T run(TaskContext context) throws Exception;
}
