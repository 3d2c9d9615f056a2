package io.lifeboat.tasks;

import io.lifeboat.aws.Problem;
import java.util.function.Function;

/** Runs each task to the end on the caller's thread: for the CLI, AWS Lambda and tests. */
public final class InlineTaskRunner extends AbstractTaskRunner {

    public InlineTaskRunner() {
        this(null);
    }

    public InlineTaskRunner(Function<Throwable, Problem> describer) {
        super(Runnable::run, describer);
    }

    @Override
    <T> void schedule(TaskHandle<T> handle) {
        execute(handle);
    }
}
