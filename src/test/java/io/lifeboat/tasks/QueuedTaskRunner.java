package io.lifeboat.tasks;

import java.util.ArrayList;
import java.util.List;

/**
 * A task runner for tests that order things: submitted tasks wait in a queue until the test runs
 * them, in any order, on its own thread; callbacks run at once. "The load finishes after the user
 * typed a filter" is then a sequence, not a race.
 */
public final class QueuedTaskRunner extends AbstractTaskRunner {

    private final List<TaskHandle<?>> queued = new ArrayList<>();

    public QueuedTaskRunner() {
        super(Runnable::run, null);
    }

    @Override
    <T> void schedule(TaskHandle<T> handle) {
        queued.add(handle);
    }

    /** Titles of the tasks waiting, oldest first. */
    public List<String> waiting() {
        return queued.stream().map(TaskHandle::title).toList();
    }

    /** Runs the oldest waiting task whose title starts with {@code title}. */
    public void run(String title) {
        TaskHandle<?> next = queued.stream().filter(t -> t.title().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No task '" + title + "' waiting; waiting: " + waiting()));
        queued.remove(next);
        execute(next);
    }

    /** Runs every waiting task, oldest first, and those they submit, until none is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            execute(queued.remove(0));
        }
    }
}
