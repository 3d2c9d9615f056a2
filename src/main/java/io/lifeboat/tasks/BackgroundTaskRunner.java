package io.lifeboat.tasks;

import io.lifeboat.aws.Problem;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Runs tasks on a pool of daemon worker threads; outcomes are called back on {@code callbacks}. */
public final class BackgroundTaskRunner extends AbstractTaskRunner implements AutoCloseable {

    private final ExecutorService workers;

    public BackgroundTaskRunner(int threads, java.util.concurrent.Executor callbacks,
                                Function<Throwable, Problem> describer) {
        super(callbacks, describer);
        this.workers = Executors.newFixedThreadPool(threads, namedDaemons("lifeboat-task-"));
    }

    @Override
    <T> void schedule(TaskHandle<T> handle) {
        handle.execution(workers.submit(() -> execute(handle)));
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
